package dev.marvel.runtime.openwhisk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.Map;
import java.util.Optional;

/**
 * What OpenWhisk tells an action about the activation it runs (the non-{@code value} fields of a
 * {@code /run} request), carried to the action inside {@code args} under reserved {@code __ow_*}
 * keys. The official Java proxy puts these into {@code __OW_*} environment variables through
 * reflection, which JDK 17 forbids; arguments need no hack and are visible to the action's code.
 *
 * <p>Reserved keys overwrite invocation parameters of the same name, so a caller cannot spoof
 * the activation id or deadline.
 */
public record ActivationContext(
        String namespace,
        String actionName,
        String activationId,
        String transactionId,
        long deadlineEpochMillis,
        Optional<String> apiKey) {

    public static final String NAMESPACE = "__ow_namespace";
    public static final String ACTION_NAME = "__ow_action_name";
    public static final String ACTIVATION_ID = "__ow_activation_id";
    public static final String TRANSACTION_ID = "__ow_transaction_id";
    /** Epoch milliseconds after which the platform stops waiting for the action. */
    public static final String DEADLINE = "__ow_deadline";
    /** Present only when the action was created with the {@code provide-api-key} annotation. */
    public static final String API_KEY = "__ow_api_key";

    /** No deadline given: the proxy then applies its own maximum. */
    public static final long NO_DEADLINE = Long.MAX_VALUE;

    /** Reads the context fields of a {@code /run} request body. */
    public static ActivationContext ofRunRequest(JsonObject runRequest) {
        return new ActivationContext(
                string(runRequest, "namespace").orElse(""),
                string(runRequest, "action_name").orElse(""),
                string(runRequest, "activation_id").orElse(""),
                string(runRequest, "transaction_id").orElse(""),
                string(runRequest, "deadline").map(ActivationContext::parseDeadline).orElse(NO_DEADLINE),
                string(runRequest, "api_key"));
    }

    /** Reads the context back from an action's {@code args} (what generated actions call). */
    public static ActivationContext ofArgs(JsonObject args) {
        return new ActivationContext(
                string(args, NAMESPACE).orElse(""),
                string(args, ACTION_NAME).orElse(""),
                string(args, ACTIVATION_ID).orElse(""),
                string(args, TRANSACTION_ID).orElse(""),
                string(args, DEADLINE).map(ActivationContext::parseDeadline).orElse(NO_DEADLINE),
                string(args, API_KEY));
    }

    /** A copy of {@code params} with this context added under the reserved keys. */
    public JsonObject mergeInto(JsonObject params) {
        JsonObject args = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : params.entrySet()) {
            args.add(entry.getKey(), entry.getValue());
        }
        args.addProperty(NAMESPACE, namespace);
        args.addProperty(ACTION_NAME, actionName);
        args.addProperty(ACTIVATION_ID, activationId);
        args.addProperty(TRANSACTION_ID, transactionId);
        if (deadlineEpochMillis != NO_DEADLINE) {
            args.addProperty(DEADLINE, deadlineEpochMillis);
        }
        apiKey.ifPresent(key -> args.addProperty(API_KEY, key));
        return args;
    }

    private static long parseDeadline(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return NO_DEADLINE;
        }
    }

    private static Optional<String> string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            return Optional.empty();
        }
        return Optional.of(value.getAsString());
    }
}

package dev.marvel.runtime.openwhisk.deploy;

import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.openwhisk.client.Activation;

import java.util.Optional;

/**
 * Reads a finished stage activation as the task result the driver needs. Every failure names the
 * activation id, so the user can look it up ({@code wsk activation get ID}) for the action's logs.
 */
final class ActivationOutcome {
    private ActivationOutcome() {}

    static TaskResult of(String action, Activation activation) {
        String id = activation.activationId();
        return switch (activation.status()) {
            case SUCCESS -> TaskJson.decodeResult(activation.result());
            case APPLICATION_ERROR -> withActivationId(TaskJson.decodeResult(activation.result()), id);
            // A timeout, a crash or a killed container: the platform's words, and where to find the logs.
            case ACTION_DEVELOPER_ERROR -> TaskResult.failed(TaskError.system("action " + action + " failed in"
                    + " activation " + id + ": " + activation.errorMessage()));
            case WHISK_INTERNAL_ERROR -> TaskResult.failed(TaskError.system("OpenWhisk failed to run action "
                    + action + " (activation " + id + "): " + activation.errorMessage()));
        };
    }

    private static TaskResult withActivationId(TaskResult result, String activationId) {
        if (result.error().isEmpty()) {
            // An application error always carries an error field; a result without one is malformed.
            return TaskResult.failed(TaskError.system("activation " + activationId
                    + " reported an application error without an error message"));
        }
        TaskError error = result.error().get();
        return new TaskResult(result.counters(), Optional.of(new TaskError(error.kind(),
                error.message() + " (activation " + activationId + ")", error.location())));
    }
}

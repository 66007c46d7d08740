package dev.marvel.runtime.openwhisk.client;

/**
 * A failed call to the OpenWhisk REST API, with a message that says what happened and what to do.
 * The message never contains the API key.
 */
public final class OpenWhiskException extends RuntimeException {

    /** What went wrong, so callers can react without parsing messages. */
    public enum Reason {
        /** 401: the key is wrong. */
        UNAUTHORIZED,
        /** 403: the key may not touch this namespace or entity. */
        FORBIDDEN,
        /** 404: no such package, action or activation. */
        NOT_FOUND,
        /** 409: the entity exists and overwrite was not asked for. */
        CONFLICT,
        /** 400: the request was rejected as malformed (e.g. a limit out of range). */
        BAD_REQUEST,
        /** 413: code, parameters or result above the platform's limits. */
        TOO_LARGE,
        /** 429: still throttled after the client's retries. */
        THROTTLED,
        /** 5xx: the platform failed. */
        SERVER_ERROR,
        /** No connection to the API host. */
        UNREACHABLE,
        /** An activation did not finish within the time the caller was willing to wait. */
        TIMED_OUT
    }

    private final Reason reason;
    private final int status;

    public OpenWhiskException(Reason reason, int status, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
    }

    public OpenWhiskException(Reason reason, int status, String message) {
        this(reason, status, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status, or 0 when there was no HTTP answer. */
    public int status() {
        return status;
    }
}

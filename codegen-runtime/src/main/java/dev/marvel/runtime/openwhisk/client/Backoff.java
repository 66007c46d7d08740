package dev.marvel.runtime.openwhisk.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, for polling activations and for retrying throttled (429)
 * requests: many tasks of one job retrying in lockstep would be throttled again together.
 */
public record Backoff(Duration initial, Duration max) {

    public static Backoff polling() {
        return new Backoff(Duration.ofMillis(50), Duration.ofSeconds(1));
    }

    public static Backoff throttled() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    /** The wait before retry number {@code attempt} (0-based): between half and all of {@code initial·2^attempt}, capped. */
    public Duration delay(int attempt) {
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}

package dev.curveball.durable;

/**
 * When to try the database again after it failed: one second after the first failure, doubling up to half a minute,
 * so an outage costs one short attempt now and then instead of a storm of them. Not thread-safe: its owner locks
 * it.
 */
final class Backoff {
    static final long FIRST_MS = 1_000;
    static final long MAX_MS = 30_000;

    private int failures;
    private long nextAttemptAt;
    private long failingSince;

    /** Whether an attempt now would come too early; the first attempt after a success never does. */
    boolean tooEarly(long now) {
        return failures > 0 && now < nextAttemptAt;
    }

    /** Records a failed attempt; answers how long until the next. */
    long failed(long now) {
        if (failures == 0) {
            failingSince = now;
        }
        failures++;
        long wait = Math.min(MAX_MS, FIRST_MS << Math.min(failures - 1, 20));
        nextAttemptAt = now + wait;
        return wait;
    }

    /** Records a success; answers whether it ended a run of failures. */
    boolean succeeded() {
        boolean recovered = failures > 0;
        failures = 0;
        return recovered;
    }

    int failures() {
        return failures;
    }

    /** When the current run of failures began; meaningful only while {@link #failures()} is above zero. */
    long failingSince() {
        return failingSince;
    }

    long nextAttemptAt() {
        return nextAttemptAt;
    }
}

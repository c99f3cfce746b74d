package dev.curveball.transport;

/** A token bucket: up to {@code burst} messages at once, {@code perSecond} sustained. */
final class RateLimiter {
    private final double perMilli;
    private final double burst;
    private double tokens;
    private long lastRefill;

    RateLimiter(int perSecond, int burst, long nowMs) {
        this.perMilli = perSecond / 1000.0;
        this.burst = burst;
        this.tokens = burst;
        this.lastRefill = nowMs;
    }

    boolean tryAcquire(long nowMs) {
        tokens = Math.min(burst, tokens + (nowMs - lastRefill) * perMilli);
        lastRefill = nowMs;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}

package dev.curveball.transport;

/**
 * A token bucket: up to {@code burst} messages at once, {@code perSecond} sustained. Safe to share between event
 * loops (a participant's sockets may sit on several); each call holds the bucket's lock for a few arithmetic steps.
 */
public final class RateLimiter {
    private final double perMilli;
    private final double burst;
    private double tokens;
    private long lastRefill;

    /** @param perSecond tokens added per second; fractions allowed (20 a minute is 1/3 a second) */
    public RateLimiter(double perSecond, int burst, long nowMs) {
        this.perMilli = perSecond / 1000.0;
        this.burst = burst;
        this.tokens = burst;
        this.lastRefill = nowMs;
    }

    public synchronized boolean tryAcquire(long nowMs) {
        refill(nowMs);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** How long until {@link #tryAcquire} can succeed again; 0 when it can now. */
    public synchronized long retryAfterMs(long nowMs) {
        refill(nowMs);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
    }

    /** Whether the bucket is back to its burst: then it is no different from a new one and can be forgotten. */
    synchronized boolean full(long nowMs) {
        refill(nowMs);
        return tokens >= burst;
    }

    private void refill(long nowMs) {
        if (nowMs > lastRefill) {
            tokens = Math.min(burst, tokens + (nowMs - lastRefill) * perMilli);
            lastRefill = nowMs;
        }
    }
}

package dev.curveball.transport;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateLimiter} per key (a client address, a participant), shared by every event loop of the node. Bounded:
 * past {@value #MAX_KEYS} keys, buckets that have refilled (no different from new ones) are dropped, then arbitrary
 * ones; forgetting a bucket only ever gives its key a fresh burst, which a new address would get anyway.
 */
public final class KeyedLimiters {
    static final int MAX_KEYS = 100_000;

    private final double perSecond;
    private final int burst;
    private final Map<String, RateLimiter> buckets = new ConcurrentHashMap<>();

    public KeyedLimiters(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    public boolean tryAcquire(String key, long nowMs) {
        return bucket(key, nowMs).tryAcquire(nowMs);
    }

    /** How long until {@code key} may go again, in milliseconds; 0 when it may now. */
    public long retryAfterMs(String key, long nowMs) {
        RateLimiter bucket = buckets.get(key);
        return bucket == null ? 0 : bucket.retryAfterMs(nowMs);
    }

    private RateLimiter bucket(String key, long nowMs) {
        RateLimiter bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= MAX_KEYS) {
            prune(nowMs);
        }
        return buckets.computeIfAbsent(key, k -> new RateLimiter(perSecond, burst, nowMs));
    }

    private void prune(long nowMs) {
        buckets.values().removeIf(bucket -> bucket.full(nowMs));
        for (Iterator<String> keys = buckets.keySet().iterator(); keys.hasNext() && buckets.size() >= MAX_KEYS; ) {
            keys.next();
            keys.remove();
        }
    }
}

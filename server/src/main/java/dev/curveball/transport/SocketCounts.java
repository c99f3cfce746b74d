package dev.curveball.transport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Open sockets per key (a participant of a room), on this node; a key with none left is forgotten. */
final class SocketCounts {
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    /** Counts one more socket unless {@code key} already has {@code max}; answers whether it did. */
    boolean tryOpen(String key, int max) {
        boolean[] opened = {false};
        open.compute(key, (k, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                return count;
            }
            opened[0] = true;
            return now + 1;
        });
        return opened[0];
    }

    /** Forgets one socket counted by {@link #tryOpen}. */
    void close(String key) {
        open.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
    }
}

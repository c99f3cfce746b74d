package dev.curveball.transport;

import dev.curveball.config.Config;

/**
 * What one socket may still send, drawn from allowances it shares: its client address's with all that address's
 * sockets, and, once it has joined, its participant's with all their sockets (before that, one of its own). Also
 * counts the dropped messages that decide when a socket that keeps flooding is closed, and holds the socket's place
 * among its participant's sockets. Used on the socket's event loop only; the shared buckets are thread-safe.
 */
final class SocketAllowance {
    /** What to do with a message that did not fit. */
    enum Drop { ANSWER, CLOSE }

    private final Throttles throttles;
    private final String address;
    private final RateLimiter own;
    private final RateLimiter drops;
    private final int maxSockets;
    /** The participant key this socket is counted under, once joined; null before and after. */
    private String participant;

    SocketAllowance(Throttles throttles, Config config, String address, long now) {
        this.throttles = throttles;
        this.address = address;
        int rate = config.limits().maxMessagesPerSecond();
        this.own = new RateLimiter(rate, config.limits().messageBurst(), now);
        this.drops = new RateLimiter(rate, config.guard().maxDroppedMessages(), now);
        this.maxSockets = config.guard().maxSocketsPerParticipant();
    }

    /** Whether one more message fits; if not, it is to be dropped ({@link #dropped}). */
    boolean admits(long now) {
        if (!throttles.addressMessages().tryAcquire(address, now)) {
            return false;
        }
        return participant == null ? own.tryAcquire(now) : throttles.participantMessages().tryAcquire(participant, now);
    }

    /** Counts a dropped message: answer it, or close the socket once drops outran what the rate forgives. */
    Drop dropped(long now) {
        return drops.tryAcquire(now) ? Drop.ANSWER : Drop.CLOSE;
    }

    /**
     * Takes this socket's place among its participant's sockets on this node, and from then on draws from the
     * participant's allowance; false when they already hold the maximum.
     */
    boolean joined(String roomId, String participantId) {
        String key = Throttles.participant(roomId, participantId);
        if (!throttles.participantSockets().tryOpen(key, maxSockets)) {
            return false;
        }
        participant = key;
        return true;
    }

    /** Gives the socket's place back; call once it closed. */
    void release() {
        if (participant != null) {
            throttles.participantSockets().close(participant);
            participant = null;
        }
    }
}

package dev.curveball.transport;

import dev.curveball.config.Config;

/**
 * The node's shared limits on clients, one set for all its event loops, so that spreading requests or sockets over
 * event loops buys nothing. Per node, not per cluster: a client that spreads itself over N nodes gets N times the
 * allowance (a load balancer usually pins a client to one node).
 */
public final class Throttles {
    private static final double SECONDS_PER_MINUTE = 60.0;

    private final KeyedLimiters roomCreations;
    private final KeyedLimiters participantMessages;
    private final KeyedLimiters addressMessages;
    private final SocketCounts participantSockets = new SocketCounts();

    public Throttles(Config config) {
        int perMinute = config.guard().roomsPerMinutePerAddress();
        this.roomCreations = new KeyedLimiters(perMinute / SECONDS_PER_MINUTE, perMinute);
        this.participantMessages = new KeyedLimiters(config.limits().maxMessagesPerSecond(),
            config.limits().messageBurst());
        this.addressMessages = new KeyedLimiters(config.guard().messagesPerSecondPerAddress(),
            config.guard().messageBurstPerAddress());
    }

    /** Rooms created, by client address ({@link ClientAddress}). */
    public KeyedLimiters roomCreations() {
        return roomCreations;
    }

    /** Messages from a participant's sockets together, by {@link #participant}. */
    KeyedLimiters participantMessages() {
        return participantMessages;
    }

    /** Messages from every socket of a client address together. */
    KeyedLimiters addressMessages() {
        return addressMessages;
    }

    /** Sockets open per participant, by {@link #participant}. */
    SocketCounts participantSockets() {
        return participantSockets;
    }

    /** The key of a participant: ids are unique within a room only. */
    static String participant(String roomId, String participantId) {
        return roomId + "/" + participantId;
    }
}

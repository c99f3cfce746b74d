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

    public Throttles(Config config) {
        int perMinute = config.guard().roomsPerMinutePerAddress();
        this.roomCreations = new KeyedLimiters(perMinute / SECONDS_PER_MINUTE, perMinute);
    }

    /** Rooms created, by client address ({@link ClientAddress}). */
    public KeyedLimiters roomCreations() {
        return roomCreations;
    }
}

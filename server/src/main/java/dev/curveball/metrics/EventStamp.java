package dev.curveball.metrics;

/**
 * Reads when an event was applied out of its encoded wire frame, {@code {"type":"event","seq":…,"at":…,…}}, without
 * parsing it: a node routes events without reading them, and measuring must not change that.
 */
public final class EventStamp {
    private static final String AT = "\"at\":";

    private EventStamp() {
    }

    /** @return the frame's {@code at} in epoch milliseconds, or -1 when it has none */
    public static long at(String frame) {
        int from = frame.indexOf(AT);
        if (from < 0) {
            return -1;
        }
        long at = 0;
        int digits = 0;
        for (int i = from + AT.length(); i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            at = at * 10 + (c - '0');
            digits++;
        }
        return digits == 0 ? -1 : at;
    }
}

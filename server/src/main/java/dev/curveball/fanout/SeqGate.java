package dev.curveball.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lets items through strictly in {@code seq} order, each once. Items that arrive early wait for the ones before
 * them; items at or below the last delivered number are duplicates and vanish. Before {@link #start} every item
 * waits, because the starting point (the snapshot a socket was welcomed with) is not known yet.
 */
public final class SeqGate<T> {
    private static final long NOT_STARTED = -1;

    private final TreeMap<Long, T> waiting = new TreeMap<>();
    private long last = NOT_STARTED;

    /** Delivery begins after {@code seq}; returns the waiting items that can now go out. */
    public List<T> start(long seq) {
        last = seq;
        waiting.headMap(seq, true).clear();
        return drain(new ArrayList<>());
    }

    public List<T> offer(long seq, T item) {
        if (last != NOT_STARTED && seq <= last) {
            return List.of();
        }
        waiting.put(seq, item);
        return last == NOT_STARTED ? List.of() : drain(new ArrayList<>());
    }

    /** Whether something after a missing number is waiting. */
    public boolean hasGap() {
        return last != NOT_STARTED && !waiting.isEmpty();
    }

    public boolean started() {
        return last != NOT_STARTED;
    }

    /** The last number let through. */
    public long last() {
        return last;
    }

    public int waiting() {
        return waiting.size();
    }

    private List<T> drain(List<T> out) {
        while (!waiting.isEmpty() && waiting.firstKey() == last + 1) {
            Map.Entry<Long, T> next = waiting.pollFirstEntry();
            out.add(next.getValue());
            last = next.getKey();
        }
        return out;
    }
}

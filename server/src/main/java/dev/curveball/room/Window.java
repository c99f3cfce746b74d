package dev.curveball.room;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of the most recent items, for a room's event log and a document's history: appending keeps at
 * most a given number and, in the usual case, copies nothing. Versions share one buffer; the newest version writes
 * the next free slots, which no older version can see (each reads only its own range), and any other version that
 * appends copies first. Appending is done by the thread applying the room's commands; a version, once made, never
 * changes.
 */
final class Window<T> extends AbstractList<T> implements RandomAccess {
    private static final Window<?> EMPTY = new Window<>(new Buffer(new Object[0]), 0, 0);

    /** The shared slots, and how many of them any version has written. */
    private static final class Buffer {
        final Object[] slots;
        int written;

        Buffer(Object[] slots) {
            this.slots = slots;
        }
    }

    private final Buffer buffer;
    private final int start;
    private final int end;

    private Window(Buffer buffer, int start, int end) {
        this.buffer = buffer;
        this.start = start;
        this.end = end;
    }

    @SuppressWarnings("unchecked")
    static <T> Window<T> empty() {
        return (Window<T>) EMPTY;
    }

    /** {@code items} as a window: itself when it is one, otherwise a copy. */
    static <T> Window<T> of(List<T> items) {
        if (items instanceof Window<T> window) {
            return window;
        }
        Buffer buffer = new Buffer(items.toArray());
        buffer.written = buffer.slots.length;
        return new Window<>(buffer, 0, buffer.slots.length);
    }

    /** This list with {@code more} after it, keeping only the last {@code limit} items. */
    Window<T> append(Collection<? extends T> more, int limit) {
        if (more.isEmpty()) {
            return size() <= limit ? this : new Window<>(buffer, end - limit, end);
        }
        Buffer target = buffer;
        int from = start;
        int to = end;
        boolean newest = end == buffer.written;
        if (!newest || end + more.size() > buffer.slots.length) {
            // Start a new buffer with room to grow: only the items still kept are copied, once per `limit` appends.
            int keep = Math.min(size(), limit);
            Object[] slots = new Object[Math.max(2 * limit, keep + more.size()) + more.size()];
            System.arraycopy(buffer.slots, end - keep, slots, 0, keep);
            target = new Buffer(slots);
            target.written = keep;
            from = 0;
            to = keep;
        }
        for (T item : more) {
            target.slots[to++] = item;
        }
        target.written = to;
        return new Window<>(target, Math.max(from, to - limit), to);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return (T) buffer.slots[start + index];
    }

    @Override
    public int size() {
        return end - start;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOfRange(buffer.slots, start, end);
    }
}

package dev.curveball.protocol.ot;

import java.util.List;

/** Walks an operation's components, handing out parts of a component when the other side needs less. */
final class OpCursor {
    private final List<Object> components;
    private int index;
    private Object current;

    OpCursor(List<Object> components) {
        this.components = components;
        this.current = components.isEmpty() ? null : components.get(0);
    }

    boolean more() {
        return current != null;
    }

    Object peek() {
        return current;
    }

    /** Length in the base (retain, delete) or target (insert) document. */
    int length() {
        return current instanceof String s ? s.length() : Math.abs((Integer) current);
    }

    int takeRetain(int n) {
        return take(n);
    }

    int takeDelete(int n) {
        return take(n);
    }

    String takeInsert(int n) {
        String text = (String) current;
        if (n >= text.length()) {
            advance();
            return text;
        }
        current = text.substring(n);
        return text.substring(0, n);
    }

    /** Takes up to {@code n} units of the current retain or delete (or insert) and returns how many. */
    int take(int n) {
        if (current instanceof String) {
            return takeInsert(n).length();
        }
        int value = (Integer) current;
        int size = Math.abs(value);
        if (n >= size) {
            advance();
            return size;
        }
        current = value > 0 ? value - n : value + n;
        return n;
    }

    private void advance() {
        index++;
        current = index < components.size() ? components.get(index) : null;
    }
}

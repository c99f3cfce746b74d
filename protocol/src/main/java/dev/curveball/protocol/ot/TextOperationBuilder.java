package dev.curveball.protocol.ot;

import dev.curveball.protocol.ot.OtException.Invariant;
import java.util.ArrayList;
import java.util.List;

/** Builds normalised operations: empty components vanish, neighbours merge, inserts go before deletes. */
public final class TextOperationBuilder {
    private final List<Object> components = new ArrayList<>();
    private int baseLength;
    private int targetLength;

    public TextOperationBuilder retain(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("retain takes a positive count");
        }
        if (n == 0) {
            return this;
        }
        baseLength = add(baseLength, n);
        targetLength = add(targetLength, n);
        int last = components.size() - 1;
        if (last >= 0 && TextOperation.isRetain(components.get(last))) {
            components.set(last, add((Integer) components.get(last), n));
        } else {
            components.add(n);
        }
        return this;
    }

    public TextOperationBuilder insert(String text) {
        if (text.isEmpty()) {
            return this;
        }
        targetLength = add(targetLength, text.length());
        int last = components.size() - 1;
        if (last >= 0 && TextOperation.isInsert(components.get(last))) {
            components.set(last, components.get(last) + text);
        } else if (last >= 0 && TextOperation.isDelete(components.get(last))) {
            // Canonical order: an insert next to a delete goes first, so equal edits compare equal.
            if (last > 0 && TextOperation.isInsert(components.get(last - 1))) {
                components.set(last - 1, components.get(last - 1) + text);
            } else {
                components.add(last, text);
            }
        } else {
            components.add(text);
        }
        return this;
    }

    public TextOperationBuilder delete(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("delete takes a positive count");
        }
        if (n == 0) {
            return this;
        }
        baseLength = add(baseLength, n);
        int last = components.size() - 1;
        if (last >= 0 && TextOperation.isDelete(components.get(last))) {
            components.set(last, -add(-(Integer) components.get(last), n));
        } else {
            components.add(-n);
        }
        return this;
    }

    /** Lengths are Java ints like the strings they measure; anything larger is not a real document. */
    private static int add(int a, int b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new OtException(Invariant.BAD_COMPONENT, "the operation spans more than "
                + Integer.MAX_VALUE + " code units");
        }
    }

    public TextOperation build() {
        return new TextOperation(new ArrayList<>(components), baseLength, targetLength);
    }
}

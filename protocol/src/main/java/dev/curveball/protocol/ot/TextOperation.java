package dev.curveball.protocol.ot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.curveball.protocol.ot.OtException.Invariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An edit of a plain-text document: a sequence of retain (positive integer), insert (string) and delete (negative
 * integer) components over UTF-16 code units, the units Java and JavaScript strings share. Always normalised: no
 * empty components, no two neighbours of the same kind, and an insert never directly follows a delete. Immutable.
 * Its JSON form is the component array itself, e.g. {@code [5,"hi",-2]}.
 */
public final class TextOperation {
    private static final TextOperation EMPTY = new Builder().build();

    /** Integer > 0: retain; Integer < 0: delete; String: insert. */
    private final List<Object> components;
    private final int baseLength;
    private final int targetLength;

    private TextOperation(List<Object> components, int baseLength, int targetLength) {
        this.components = Collections.unmodifiableList(components);
        this.baseLength = baseLength;
        this.targetLength = targetLength;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The operation that changes nothing in an empty document. */
    public static TextOperation empty() {
        return EMPTY;
    }

    /** Reads the JSON form; every component must be a non-zero integer or a non-empty string. */
    @JsonCreator
    public static TextOperation fromJson(List<Object> json) {
        if (json == null) {
            throw new OtException(Invariant.BAD_COMPONENT, "an operation is an array of components");
        }
        Builder builder = new Builder();
        for (int i = 0; i < json.size(); i++) {
            Object component = json.get(i);
            if (component instanceof String text) {
                if (text.isEmpty()) {
                    throw new OtException(Invariant.EMPTY_COMPONENT, "component " + i + " inserts nothing");
                }
                requireWholePairs(text, i);
                builder.insert(text);
            } else if (component instanceof Integer n) {
                if (n == Integer.MIN_VALUE) {
                    throw new OtException(Invariant.BAD_COMPONENT, "component " + i + " is out of range");
                }
                if (n == 0) {
                    throw new OtException(Invariant.EMPTY_COMPONENT, "component " + i + " is zero");
                }
                if (n > 0) {
                    builder.retain(n);
                } else {
                    builder.delete(-n);
                }
            } else {
                throw new OtException(Invariant.BAD_COMPONENT,
                    "component " + i + " is " + component + ", not a whole number or a string");
            }
        }
        return builder.build();
    }

    @JsonValue
    public List<Object> components() {
        return components;
    }

    /** Length of the documents this operation applies to. */
    public int baseLength() {
        return baseLength;
    }

    /** Length of the documents it produces. */
    public int targetLength() {
        return targetLength;
    }

    public boolean isNoop() {
        return components.isEmpty() || components.size() == 1 && isRetain(components.get(0));
    }

    /** Characters this operation inserts, a measure of its size. */
    public int insertedLength() {
        return components.stream().filter(TextOperation::isInsert).mapToInt(c -> ((String) c).length()).sum();
    }

    public String apply(String document) {
        if (document.length() != baseLength) {
            throw new OtException(Invariant.BASE_LENGTH_MISMATCH, "the operation spans " + baseLength
                + " code units but the document has " + document.length());
        }
        StringBuilder out = new StringBuilder(targetLength);
        int position = 0;
        for (Object component : components) {
            requireBoundary(document, position);
            if (isInsert(component)) {
                out.append((String) component);
            } else if (isRetain(component)) {
                int n = (Integer) component;
                out.append(document, position, position + n);
                position += n;
            } else {
                position -= (Integer) component;
            }
        }
        requireBoundary(document, position);
        return out.toString();
    }

    /** The single operation with the effect of this one followed by {@code next}. */
    public TextOperation compose(TextOperation next) {
        if (targetLength != next.baseLength) {
            throw new OtException(Invariant.BASE_LENGTH_MISMATCH, "the first operation produces " + targetLength
                + " code units but the second spans " + next.baseLength);
        }
        Builder out = new Builder();
        Cursor first = new Cursor(components);
        Cursor second = new Cursor(next.components);
        while (first.more() || second.more()) {
            if (first.more() && isDelete(first.peek())) {
                out.delete(first.takeDelete(Integer.MAX_VALUE));
            } else if (second.more() && isInsert(second.peek())) {
                out.insert(second.takeInsert(Integer.MAX_VALUE));
            } else if (!first.more() || !second.more()) {
                throw new OtException(Invariant.BASE_LENGTH_MISMATCH, "the operations do not line up");
            } else {
                int n = Math.min(first.length(), second.length());
                boolean keep = isRetain(second.peek());
                if (isRetain(first.peek())) {
                    first.takeRetain(n);
                    if (keep) {
                        out.retain(second.takeRetain(n));
                    } else {
                        out.delete(second.takeDelete(n));
                    }
                } else {
                    String inserted = first.takeInsert(n);
                    if (keep) {
                        second.takeRetain(n);
                        out.insert(inserted);
                    } else {
                        second.takeDelete(n);
                    }
                }
            }
        }
        return out.build();
    }

    /**
     * Rewrites two concurrent operations on the same document so that each can follow the other:
     * {@code b'(a(doc)) == a'(b(doc))}. When both insert at the same place, {@code a}'s text comes first.
     */
    public static Transformed transform(TextOperation a, TextOperation b) {
        if (a.baseLength != b.baseLength) {
            throw new OtException(Invariant.BASE_LENGTH_MISMATCH, "concurrent operations span " + a.baseLength
                + " and " + b.baseLength + " code units");
        }
        Builder aPrime = new Builder();
        Builder bPrime = new Builder();
        Cursor first = new Cursor(a.components);
        Cursor second = new Cursor(b.components);
        while (first.more() || second.more()) {
            if (first.more() && isInsert(first.peek())) {
                String text = first.takeInsert(Integer.MAX_VALUE);
                aPrime.insert(text);
                bPrime.retain(text.length());
            } else if (second.more() && isInsert(second.peek())) {
                String text = second.takeInsert(Integer.MAX_VALUE);
                aPrime.retain(text.length());
                bPrime.insert(text);
            } else if (!first.more() || !second.more()) {
                throw new OtException(Invariant.BASE_LENGTH_MISMATCH, "the operations do not line up");
            } else {
                int n = Math.min(first.length(), second.length());
                boolean firstKeeps = isRetain(first.peek());
                boolean secondKeeps = isRetain(second.peek());
                first.take(n);
                second.take(n);
                if (firstKeeps && secondKeeps) {
                    aPrime.retain(n);
                    bPrime.retain(n);
                } else if (firstKeeps) {
                    bPrime.delete(n);
                } else if (secondKeeps) {
                    aPrime.delete(n);
                }
                // Both deleted the same text: neither needs to delete it again.
            }
        }
        return new Transformed(aPrime.build(), bPrime.build());
    }

    /** The operation that undoes this one on the document it produced; {@code document} is the one it applied to. */
    public TextOperation invert(String document) {
        if (document.length() != baseLength) {
            throw new OtException(Invariant.BASE_LENGTH_MISMATCH, "the operation spans " + baseLength
                + " code units but the document has " + document.length());
        }
        Builder out = new Builder();
        int position = 0;
        for (Object component : components) {
            if (isRetain(component)) {
                out.retain((Integer) component);
                position += (Integer) component;
            } else if (isInsert(component)) {
                out.delete(((String) component).length());
            } else {
                int n = -(Integer) component;
                out.insert(document.substring(position, position + n));
                position += n;
            }
        }
        return out.build();
    }

    /**
     * Moves a caret or selection end through this operation: text inserted before it, or exactly at it, pushes it
     * right; text deleted before it pulls it left.
     */
    public int transformPosition(int position) {
        int remaining = position;
        int moved = position;
        for (Object component : components) {
            if (isRetain(component)) {
                remaining -= (Integer) component;
            } else if (isInsert(component)) {
                moved += ((String) component).length();
            } else {
                int n = -(Integer) component;
                moved -= Math.min(remaining, n);
                remaining -= n;
            }
            if (remaining < 0) {
                break;
            }
        }
        return moved;
    }

    public record Transformed(TextOperation aPrime, TextOperation bPrime) {
    }

    static boolean isRetain(Object c) {
        return c instanceof Integer n && n > 0;
    }

    static boolean isDelete(Object c) {
        return c instanceof Integer n && n < 0;
    }

    static boolean isInsert(Object c) {
        return c instanceof String;
    }

    private static void requireBoundary(String document, int position) {
        if (position > 0 && position < document.length()
            && Character.isHighSurrogate(document.charAt(position - 1))
            && Character.isLowSurrogate(document.charAt(position))) {
            throw new OtException(Invariant.SPLIT_SURROGATE_PAIR, "position " + position
                + " falls inside a surrogate pair");
        }
    }

    private static void requireWholePairs(String text, int index) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new OtException(Invariant.SPLIT_SURROGATE_PAIR, "component " + index
                    + " holds half a surrogate pair");
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextOperation op && components.equals(op.components);
    }

    @Override
    public int hashCode() {
        return components.hashCode();
    }

    @Override
    public String toString() {
        return components.toString();
    }

    /** Builds normalised operations: empty components vanish, neighbours merge, inserts go before deletes. */
    public static final class Builder {
        private final List<Object> components = new ArrayList<>();
        private int baseLength;
        private int targetLength;

        public Builder retain(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("retain takes a positive count");
            }
            if (n == 0) {
                return this;
            }
            baseLength = add(baseLength, n);
            targetLength = add(targetLength, n);
            int last = components.size() - 1;
            if (last >= 0 && isRetain(components.get(last))) {
                components.set(last, add((Integer) components.get(last), n));
            } else {
                components.add(n);
            }
            return this;
        }

        public Builder insert(String text) {
            if (text.isEmpty()) {
                return this;
            }
            targetLength = add(targetLength, text.length());
            int last = components.size() - 1;
            if (last >= 0 && isInsert(components.get(last))) {
                components.set(last, components.get(last) + text);
            } else if (last >= 0 && isDelete(components.get(last))) {
                // Canonical order: an insert next to a delete goes first, so equal edits compare equal.
                if (last > 0 && isInsert(components.get(last - 1))) {
                    components.set(last - 1, components.get(last - 1) + text);
                } else {
                    components.add(last, text);
                }
            } else {
                components.add(text);
            }
            return this;
        }

        public Builder delete(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("delete takes a positive count");
            }
            if (n == 0) {
                return this;
            }
            baseLength = add(baseLength, n);
            int last = components.size() - 1;
            if (last >= 0 && isDelete(components.get(last))) {
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

    /** Walks an operation's components, handing out parts of a component when the other side needs less. */
    private static final class Cursor {
        private final List<Object> components;
        private int index;
        private Object current;

        Cursor(List<Object> components) {
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
}

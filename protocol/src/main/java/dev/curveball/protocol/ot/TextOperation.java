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
    private static final TextOperation EMPTY = new TextOperationBuilder().build();

    /** Integer > 0: retain; Integer < 0: delete; String: insert. */
    private final List<Object> components;
    private final int baseLength;
    private final int targetLength;

    TextOperation(List<Object> components, int baseLength, int targetLength) {
        this.components = Collections.unmodifiableList(components);
        this.baseLength = baseLength;
        this.targetLength = targetLength;
    }

    public static TextOperationBuilder builder() {
        return new TextOperationBuilder();
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
        TextOperationBuilder builder = new TextOperationBuilder();
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
        TextOperationBuilder out = new TextOperationBuilder();
        OpCursor first = new OpCursor(components);
        OpCursor second = new OpCursor(next.components);
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
        TextOperationBuilder aPrime = new TextOperationBuilder();
        TextOperationBuilder bPrime = new TextOperationBuilder();
        OpCursor first = new OpCursor(a.components);
        OpCursor second = new OpCursor(b.components);
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
        TextOperationBuilder out = new TextOperationBuilder();
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
     * Which side of text inserted exactly at a position the position keeps to (CodeMirror's {@code assoc}):
     * {@code BEFORE} leaves it where it was, {@code AFTER} moves it past the inserted text.
     */
    public enum Assoc { BEFORE, AFTER }

    /** {@link #transformPosition(int, Assoc)} with {@link Assoc#AFTER}. */
    public int transformPosition(int position) {
        return transformPosition(position, Assoc.AFTER);
    }

    /**
     * Moves a caret or selection end through this operation: text inserted before it pushes it right; text deleted
     * before it pulls it left. With {@code AFTER} text inserted exactly at it, or replacing text around it, goes
     * before it; with {@code BEFORE} it stays before text inserted exactly at it, and a position inside replaced text
     * goes to the start of the replacement. Either way a position at the end of deleted text lands after whatever
     * replaced it. The JavaScript twin is {@code transformPosition} in js/ot/text-operation.js.
     */
    public int transformPosition(int position, Assoc assoc) {
        int oldPos = 0;
        int newPos = 0;
        for (int i = 0; i < components.size(); i++) {
            Object component = components.get(i);
            if (isRetain(component)) {
                int n = (Integer) component;
                if (position < oldPos + n) {
                    return newPos + position - oldPos;
                }
                oldPos += n;
                newPos += n;
                continue;
            }
            // One change: an insert, a delete, or an insert and the delete it replaces (normalised order).
            int inserted = isInsert(component) ? ((String) component).length() : 0;
            int deleted = 0;
            if (isDelete(component)) {
                deleted = -(Integer) component;
            } else if (i + 1 < components.size() && isDelete(components.get(i + 1))) {
                deleted = -(Integer) components.get(++i);
            }
            if (position <= oldPos + deleted) {
                boolean atEndOfDeletion = deleted > 0 && position == oldPos + deleted;
                return assoc == Assoc.AFTER || atEndOfDeletion ? newPos + inserted : newPos;
            }
            oldPos += deleted;
            newPos += inserted;
        }
        return newPos + position - oldPos;
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
}

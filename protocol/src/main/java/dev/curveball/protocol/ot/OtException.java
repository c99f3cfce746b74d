package dev.curveball.protocol.ot;

/** An operation that breaks one of the text type's invariants; {@link #invariant()} names which. */
public final class OtException extends IllegalArgumentException {
    private final Invariant invariant;

    OtException(Invariant invariant, String detail) {
        super(invariant.code() + ": " + detail);
        this.invariant = invariant;
    }

    public Invariant invariant() {
        return invariant;
    }

    /** The invariants, with the codes the JavaScript engine throws for the same breakage. */
    public enum Invariant {
        /** The operation does not span exactly the document (or the other operation) it is applied to. */
        BASE_LENGTH_MISMATCH("base-length-mismatch"),
        /** A position falls between the two halves of a surrogate pair, or an insert holds half a pair. */
        SPLIT_SURROGATE_PAIR("split-surrogate-pair"),
        /** A zero retain or delete, or an empty insert. */
        EMPTY_COMPONENT("empty-component"),
        /** A component that is neither a whole number nor a string. */
        BAD_COMPONENT("bad-component");

        private final String code;

        Invariant(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}

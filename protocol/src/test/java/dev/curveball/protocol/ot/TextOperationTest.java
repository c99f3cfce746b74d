package dev.curveball.protocol.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.ot.OtException.Invariant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextOperationTest {

    private static TextOperation op(Object... components) {
        return TextOperation.fromJson(Arrays.asList(components));
    }

    @Test
    void retainInsertDeleteEditsADocument() {
        assertEquals("hello there", op(6, "there", -5).apply("hello world"));
    }

    @Test
    void operationsNormaliseSoThatEqualEditsCompareEqual() {
        TextOperation built = TextOperation.builder().retain(2).retain(3).delete(1).insert("x").insert("y").build();

        assertEquals(List.of(5, "xy", -1), built.components());
    }

    @Test
    void concurrentInsertsAtTheSamePlaceKeepTheFirstOperationsTextFirst() {
        TextOperation.Transformed t = TextOperation.transform(op(2, "A"), op(2, "B"));

        assertEquals("abAB", t.bPrime().apply(op(2, "A").apply("ab")));
        assertEquals("abAB", t.aPrime().apply(op(2, "B").apply("ab")));
    }

    @Test
    void aBaseLengthMismatchIsNamed() {
        OtException broken = assertThrows(OtException.class, () -> op(3, "x").apply("abcd"));

        assertEquals(Invariant.BASE_LENGTH_MISMATCH, broken.invariant());
        assertTrue(broken.getMessage().contains("3") && broken.getMessage().contains("4"), broken.getMessage());
    }

    @Test
    void anEditInsideASurrogatePairIsRefused() {
        String rocket = "a🚀b";

        assertEquals(Invariant.SPLIT_SURROGATE_PAIR,
            assertThrows(OtException.class, () -> op(2, "x", 2).apply(rocket)).invariant());
        assertEquals(Invariant.SPLIT_SURROGATE_PAIR,
            assertThrows(OtException.class, () -> op(2, -2).apply(rocket)).invariant());
        assertEquals(Invariant.SPLIT_SURROGATE_PAIR,
            assertThrows(OtException.class, () -> op("\uD83D", 4)).invariant());
        assertEquals("a🚀xb", op(3, "x", 1).apply(rocket));
    }

    @Test
    void emptyAndMalformedComponentsAreRefused() {
        assertEquals(Invariant.EMPTY_COMPONENT, assertThrows(OtException.class, () -> op(0)).invariant());
        assertEquals(Invariant.EMPTY_COMPONENT, assertThrows(OtException.class, () -> op("")).invariant());
        assertEquals(Invariant.BAD_COMPONENT, assertThrows(OtException.class, () -> op(1.5)).invariant());
        assertEquals(Invariant.BAD_COMPONENT, assertThrows(OtException.class, () -> op((Object) null)).invariant());
    }

    @Test
    void lengthsBeyondWhatAStringCanHoldAreRefusedNotWrappedAround() {
        assertEquals(Invariant.BAD_COMPONENT,
            assertThrows(OtException.class, () -> op(Integer.MAX_VALUE, 1)).invariant());
        assertEquals(Invariant.BAD_COMPONENT,
            assertThrows(OtException.class, () -> op(Integer.MAX_VALUE, Integer.MAX_VALUE, 2)).invariant());
        assertEquals(Invariant.BAD_COMPONENT, assertThrows(OtException.class, () -> op(Integer.MIN_VALUE)).invariant());
        assertEquals(Invariant.BAD_COMPONENT, assertThrows(OtException.class, () -> op(3_000_000_000L)).invariant());
    }

    @Test
    void invertingAgainstTheWrongDocumentIsRefused() {
        assertEquals(Invariant.BASE_LENGTH_MISMATCH,
            assertThrows(OtException.class, () -> op(1, -1).invert("abc")).invariant());
    }

    @Test
    void aCaretMovesWithTextInsertedOrDeletedBeforeIt() {
        TextOperation op = op(2, "XYZ", -2, 3);

        assertEquals(1, op.transformPosition(1));
        assertEquals(5, op.transformPosition(2), "an insert at the caret pushes it right");
        assertEquals(5, op.transformPosition(4), "a caret inside deleted text lands where it was");
        assertEquals(6, op.transformPosition(5));
    }

    @Test
    void withAssocBeforeACaretStaysBeforeTextInsertedExactlyAtIt() {
        TextOperation insert = op(2, "XYZ", 3);
        assertEquals(2, insert.transformPosition(2, TextOperation.Assoc.BEFORE), "the inserted text goes after it");
        assertEquals(6, insert.transformPosition(3, TextOperation.Assoc.BEFORE));

        TextOperation replace = op(2, "XYZ", -2, 3);
        assertEquals(2, replace.transformPosition(2, TextOperation.Assoc.BEFORE));
        assertEquals(2, replace.transformPosition(3, TextOperation.Assoc.BEFORE), "inside: the replacement's start");
        assertEquals(5, replace.transformPosition(4, TextOperation.Assoc.BEFORE), "at the end: after the replacement");
    }
}

package dev.curveball.protocol.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws that make OT converge, each checked on thousands of random documents and concurrent edits. */
class TextOperationPropertiesTest {

    /** TP1: applying a then b' gives the same text as applying b then a'. */
    @Property(tries = 2000)
    void concurrentEditsConvergeWhicheverArrivesFirst(@ForAll long seed) {
        RandomEdits random = new RandomEdits(seed);
        String doc = random.text(20);
        TextOperation a = random.operation(doc);
        TextOperation b = random.operation(doc);

        TextOperation.Transformed t = TextOperation.transform(a, b);

        assertEquals(t.bPrime().apply(a.apply(doc)), t.aPrime().apply(b.apply(doc)));
    }

    @Property(tries = 2000)
    void composingTwoEditsEqualsApplyingThemOneAfterTheOther(@ForAll long seed) {
        RandomEdits random = new RandomEdits(seed);
        String doc = random.text(20);
        TextOperation a = random.operation(doc);
        TextOperation b = random.operation(a.apply(doc));

        assertEquals(b.apply(a.apply(doc)), a.compose(b).apply(doc));
    }

    @Property(tries = 2000)
    void anInvertedEditRestoresTheDocument(@ForAll long seed) {
        RandomEdits random = new RandomEdits(seed);
        String doc = random.text(20);
        TextOperation op = random.operation(doc);

        assertEquals(doc, op.invert(doc).apply(op.apply(doc)));
    }

    @Property(tries = 1000)
    void theJsonFormReadsBackAsTheSameOperation(@ForAll long seed) throws Exception {
        RandomEdits random = new RandomEdits(seed);
        TextOperation op = random.operation(random.text(20));
        var mapper = dev.curveball.protocol.Codec.mapper();

        assertEquals(op, mapper.readValue(mapper.writeValueAsString(op), TextOperation.class));
    }
}

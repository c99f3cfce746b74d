package dev.curveball.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SeqGateTest {

    @Test
    void eventsAfterTheStartGoThroughInOrder() {
        SeqGate<String> gate = new SeqGate<>();
        assertEquals(List.of(), gate.start(4));

        assertEquals(List.of("e5"), gate.offer(5, "e5"));
        assertEquals(List.of("e6"), gate.offer(6, "e6"));
    }

    @Test
    void anEarlyEventWaitsForTheOneBeforeIt() {
        SeqGate<String> gate = new SeqGate<>();
        gate.start(0);

        assertEquals(List.of(), gate.offer(2, "e2"));
        assertTrue(gate.hasGap());
        assertEquals(List.of("e1", "e2"), gate.offer(1, "e1"));
        assertFalse(gate.hasGap());
    }

    @Test
    void eventsBeforeTheStartWaitAndThoseTheSnapshotAlreadyHoldsAreDropped() {
        SeqGate<String> gate = new SeqGate<>();
        gate.offer(3, "e3");
        gate.offer(4, "e4");
        gate.offer(5, "e5");

        assertEquals(List.of("e5"), gate.start(4));
    }

    @Test
    void aRepeatedEventIsDeliveredOnce() {
        SeqGate<String> gate = new SeqGate<>();
        gate.start(0);
        gate.offer(1, "e1");

        assertEquals(List.of(), gate.offer(1, "e1 again"));
    }

    /** Whatever order and repetition the network produces, each event comes out once, in order. */
    @Property(tries = 1000)
    void anyShuffleWithRepeatsComesOutInOrderExactlyOnce(@ForAll("arrivals") List<Long> arrivals) {
        SeqGate<Long> gate = new SeqGate<>();
        gate.start(0);
        List<Long> delivered = new ArrayList<>();
        for (long seq : arrivals) {
            delivered.addAll(gate.offer(seq, seq));
        }
        long max = arrivals.stream().mapToLong(Long::longValue).max().orElse(0);
        assertEquals(LongStream.rangeClosed(1, max).boxed().toList(), delivered);
        assertFalse(gate.hasGap());
    }

    @Provide
    Arbitrary<List<Long>> arrivals() {
        return Arbitraries.integers().between(1, 40).flatMap(count -> {
            List<Long> all = new ArrayList<>(LongStream.rangeClosed(1, count).boxed().toList());
            return Arbitraries.longs().between(1, count).list().ofMaxSize(10).map(repeats -> {
                List<Long> withRepeats = new ArrayList<>(all);
                withRepeats.addAll(repeats);
                return withRepeats;
            }).flatMap(list -> Arbitraries.shuffle(list));
        });
    }
}

package dev.curveball.room;

import static dev.curveball.room.AssumptionFixture.by;
import static dev.curveball.room.AssumptionFixture.heldA1;
import static dev.curveball.room.AssumptionFixture.played;
import static dev.curveball.room.AssumptionFixture.stated;
import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.protocol.AssumptionMessages.AssumptionAdd;
import dev.curveball.protocol.AssumptionMessages.AssumptionNotice;
import dev.curveball.protocol.Codec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assumption log is part of its round: a new round starts empty, and the log survives the JSON that
 * Hazelcast and the database keep, also for rooms stored before it existed.
 */
class AssumptionLogKeptTest {

    // --- the log as part of the round ---

    @Test
    void aNewRoundStartsWithAnEmptyLogAndTheFinishedRoundKeepsItsOwn() {
        RoomState room = stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day");

        RoomState next = InterviewFixture.nextRound(room, "A", "card-fraud", "R2", T0 + 50 * MIN);

        assertEquals(List.of(), next.round().assumptions());
        assertEquals(List.of(), Redaction.round(next, "B").assumptions());
        assertEquals(List.of("Labels arrive within a day"), next.round(1).orElseThrow().assumptions().stream()
            .map(Assumption::text).toList());
    }

    @Test
    void theLogTravelsThroughTheJsonMappingHazelcastAndTheDatabaseUse() throws Exception {
        RoomState room = applied(played(heldA1()), by("B", new AssumptionNotice(null, "a1", "t1")), T0 + 12 * MIN)
            .state();
        ObjectMapper json = Codec.newMapper();

        RoomState back = json.readValue(json.writeValueAsString(room), RoomState.class);

        assertEquals(room.round(), back.round());
    }

    @Test
    void aRoomStoredBeforeTheLogExistedReadsWithAnEmptyLogAndTheDefaultLimit() throws Exception {
        RoomState room = running(InterviewFixture.pair());
        ObjectMapper json = Codec.newMapper();
        ObjectNode tree = json.valueToTree(room);
        ((ObjectNode) tree.get("round")).remove("assumptions");
        ((ObjectNode) tree.get("limits")).remove("maxAssumptions");

        RoomState old = json.treeToValue(tree, RoomState.class);

        assertEquals(List.of(), old.round().assumptions());
        assertEquals(RoomLimits.DEFAULT_MAX_ASSUMPTIONS, old.limits().maxAssumptions());
        assertEquals("a1", applied(old, by("B", new AssumptionAdd(null, "x")), T0).state().round().assumptions()
            .get(0).id());
    }
}

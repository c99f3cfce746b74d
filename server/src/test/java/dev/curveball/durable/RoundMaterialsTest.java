package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.curveball.protocol.AssumptionMessages;
import dev.curveball.protocol.DocName;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.NotesMessages;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.Stress;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.protocol.TwistMessages;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.room.Access;
import dev.curveball.room.Card;
import dev.curveball.room.Command;
import dev.curveball.room.Outcome;
import dev.curveball.room.Phase;
import dev.curveball.room.Prompt;
import dev.curveball.room.Room;
import dev.curveball.room.RoomLimits;
import dev.curveball.room.RoomSpec;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoundMaterial;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A round's prompt, deck and guide are written when they change, not with every write of the room. */
class RoundMaterialsTest {
    private static final long T0 = 1_000_000L;

    @Test
    void materialIsWrittenOnceThenOnlyWhenItChangesAndReadsBackWhole() {
        RoomState room = typedInto(joined(newRoom()));
        RoundMaterials materials = new RoundMaterials(10);

        List<RoundMaterials.Row> first = materials.toWrite(room);
        assertEquals(1, first.size(), "the first write carries the round's material");
        materials.written(first);
        RoomState typed = typedInto(room);
        assertEquals(List.of(), materials.toWrite(typed), "typing changes no material");

        String interviewer = typed.participants().get(0).id();
        RoomState running = applied(typed, Command.by(interviewer, new TimerMessages.TimerStart(null)));
        materials.written(materials.toWrite(running));
        RoomState stated = applied(running, Command.by(interviewer,
            new AssumptionMessages.AssumptionAdd(null, "p99 stays under 50 ms")));
        assertEquals(List.of(), materials.toWrite(stated), "the assumption log is the room row's, not material");
        RoomState played = applied(stated, Command.by(interviewer, new TwistMessages.TwistPlay(null, "c1")));
        assertEquals(1, materials.toWrite(played).size(), "playing a card changes the deck");

        RoomState bare = RoundMaterials.without(played);
        assertNull(bare.round().prompt());
        assertEquals(List.of(), bare.round().deck());
        assertEquals(played.round().assumptions(), bare.round().assumptions(), "the log stays in the room's row");
        RoomState whole = RoundMaterials.with(bare, java.util.Map.of(1, RoundMaterials.Material.of(played.round())));
        assertEquals(played.round(), whole.round());
        assertEquals(List.of(), whole.log());
    }

    @Test
    void aCardsPremisesSurviveTheRoomsJsonAndARowWrittenBeforePremisesReadsWithNone() {
        RoomState room = joined(newRoom());

        RoomState read = RoomJson.read(RoomJson.write(room));

        assertEquals(room.round().deck(), read.round().deck());
        assertEquals(List.of("the latency budget is about 100 ms"), read.round().deck().get(0).assumes());
        String older = RoomJson.write(room).replace(",\"assumes\":[\"the latency budget is about 100 ms\"]", "");
        assertFalse(older.contains("assumes"), older);
        assertEquals(List.of(), RoomJson.read(older).round().deck().get(0).assumes());
    }

    private static RoomState newRoom() {
        Card card = new Card("c1", Stress.LATENCY, "Budget cut", "p99 is now 20 ms.", "Watch for caching.", null,
            null, null, null, false, null, List.of("the latency budget is about 100 ms"));
        RoundMaterial material = new RoundMaterial(null, new Prompt("Fraud", "Design it.", false),
            List.of(new Phase("Interview", 45 * 60_000L)), List.of(card), List.of());
        return Room.create("room1", new RoomSpec("Practice", Mode.PAIR, Role.INTERVIEWER, material, List.of("data")),
            new Access("host#", "invite#"), new RoomLimits(4, 8, 1000, 5, 12, 500, 6, 120), T0);
    }

    private static RoomState joined(RoomState room) {
        return applied(room, new Command.Join("node/a", "host#", "Ada", "p-ada", "s", null));
    }

    private static RoomState typedInto(RoomState room) {
        String ada = room.participants().get(0).id();
        long rev = room.notes().shared().rev();
        int length = room.notes().shared().text().length();
        List<Object> op = length == 0 ? List.of("x") : List.of(length, "x");
        return applied(room, Command.by(ada, new NotesMessages.NotesOp(null, DocName.SHARED, rev,
            TextOperation.fromJson(op), "c", rev + 1)));
    }

    private static RoomState applied(RoomState state, Command command) {
        Outcome outcome = Room.apply(state, command, T0);
        return ((Outcome.Applied) outcome).state();
    }
}

package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.Codec;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoundMessages.PromptSet;
import dev.curveball.protocol.TimerMessages.TimerPause;
import dev.curveball.protocol.TimerMessages.TimerReset;
import dev.curveball.protocol.TimerMessages.TimerResume;
import dev.curveball.protocol.TimerMessages.TimerStart;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever happens in a room, in whatever order, a participant who may not read the prompt yet never receives its
 * text: not in an event, not in a snapshot. And every seq is used once, in order.
 */
class RedactionPropertyTest {
    private static final String SECRET_TEXT = "SECRET-PROMPT-TEXT";
    private static final List<String> PEOPLE = List.of("A", "B", "C", "D");

    @Property(tries = 500)
    void beforeTheRoundNoOneButTheHostAndTheInterviewerEverReceivesThePromptText(
        @ForAll("commandSequences") List<Command> commands, @ForAll Role creatorSeat) {
        RoomState room = RoomFixture.newRoom(creatorSeat).withPrompt(new Prompt("Title", SECRET_TEXT, false));
        long now = T0;
        List<LoggedEvent> all = new ArrayList<>();
        for (Command command : commands) {
            now += 1_000;
            Outcome outcome = Room.apply(room, command, now);
            if (outcome instanceof Outcome.Applied applied) {
                all.addAll(applied.events());
                room = applied.state();
            }
            assertNoLeak(room, all);
        }
        for (int i = 0; i < all.size(); i++) {
            assertTrue(all.get(i).seq() == i + 1, "seq numbers are consecutive from 1");
        }
    }

    private static void assertNoLeak(RoomState room, List<LoggedEvent> events) {
        boolean revealed = room.prompt().revealed();
        for (Participant p : room.participants()) {
            Viewer viewer = new Viewer(p.id(), p.role(), p.host());
            boolean mayRead = p.host() || p.role() == Role.INTERVIEWER;
            if (mayRead || revealed) {
                continue;
            }
            String snapshot = Codec.mapper().valueToTree(Redaction.snapshot(room, viewer)).toString();
            assertFalse(snapshot.contains(SECRET_TEXT), "snapshot for " + p.id() + " leaks: " + snapshot);
            for (LoggedEvent event : events) {
                if (Redaction.mayReceive(event, viewer) && !(event.event()
                    instanceof dev.curveball.protocol.RoomEvent.PromptRevealed)) {
                    String json = Codec.mapper().valueToTree(event.event()).toString();
                    assertFalse(json.contains(SECRET_TEXT), p.id() + " may receive a leaking event: " + json);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Command>> commandSequences() {
        Arbitrary<String> who = Arbitraries.of(PEOPLE);
        Arbitrary<Command> join = Combinators.combine(who, Arbitraries.of(HOST_TOKEN, INVITE_TOKEN, "wrong"))
            .as((w, token) -> new Command.Join("node/" + w, token, w, w, "secret-" + w, "secret-" + w));
        Arbitrary<Command> leave = who.map(w -> new Command.Disconnect(w, "node/" + w));
        Arbitrary<Command> prompt = who.map(w -> Command.by(w, new PromptSet(null, "Title", SECRET_TEXT)));
        Arbitrary<Command> timer = Combinators.combine(who, Arbitraries.integers().between(0, 3)).as((w, k) ->
            switch (k) {
                case 0 -> Command.by(w, new TimerStart(null));
                case 1 -> Command.by(w, new TimerPause(null));
                case 2 -> Command.by(w, new TimerResume(null));
                default -> Command.by(w, new TimerReset(null, null));
            });
        return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, join), net.jqwik.api.Tuple.of(2, leave),
            net.jqwik.api.Tuple.of(3, prompt), net.jqwik.api.Tuple.of(1, timer)).list().ofMaxSize(30);
    }
}

package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curveball.protocol.AssumptionMessages;
import dev.curveball.protocol.ClientMessage;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.DocName;
import dev.curveball.protocol.FeedbackMessages;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.NotesMessages;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoundMessages;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.protocol.TwistMessages;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.DeckFile;
import dev.curveball.protocol.view.PhaseView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code Room.apply} against arbitrary sequences of every command, with values at and past every edge: no exception
 * escapes; the state a command was applied to never changes (a refused command changes nothing, and Hazelcast may
 * apply the same command to the same state again on a backup); applying is deterministic; {@code seq} numbers every
 * event once, strictly growing; documents, decks, rounds, participants and the log stay within the room's limits;
 * the seats stay consistent; and the state survives the JSON that Hazelcast and the database store it as.
 */
class RoomApplyFuzzTest {
    private static final ObjectMapper JSON = Codec.newMapper();
    private static final List<String> PEOPLE = List.of("A", "B", "C", "D", "E", "F");
    private static final RoomLimits LIMITS = RoomFixture.LIMITS;
    private static final long STEP_MS = 20_000;

    @Property(tries = 100)
    void anySequenceOfCommandsKeepsTheRoomValid(@ForAll("sequences") List<Command> commands, @ForAll Role creatorSeat,
                                                @ForAll Mode mode) throws JsonProcessingException {
        RoomState room = RoomFixture.newRoom(creatorSeat, mode, InterviewFixture.material("card-fraud", "R1"));
        long now = T0;
        long seq = 0;
        int applied = 0;
        for (Command command : commands) {
            now += STEP_MS;
            String before = JSON.writeValueAsString(room);
            Outcome outcome = Room.apply(room, command, now);
            Outcome replay = Room.apply(room, command, now);

            assertEquals(before, JSON.writeValueAsString(room), "applying changed the state it was given: " + command);
            assertEquals(outcome, replay, "the same command on the same state did something else the second time: "
                + command);
            if (outcome instanceof Outcome.Rejected rejected) {
                assertNotNull(rejected.code(), command.toString());
                assertFalse(rejected.message() == null || rejected.message().isBlank(), command.toString());
                continue;
            }
            Outcome.Applied done = (Outcome.Applied) outcome;
            applied++;
            for (LoggedEvent event : done.events()) {
                assertEquals(++seq, event.seq(), "events are numbered one after another: " + command);
            }
            assertEquals(seq, done.state().seq(), "the room's seq is its last event's");
            room = done.state();
            assertValid(room, command);
        }
        Statistics.collect(applied == 0 ? "nothing applied" : applied < commands.size() / 2 ? "some applied"
            : "most applied");
        String stored = JSON.writeValueAsString(room);
        assertEquals(stored, JSON.writeValueAsString(JSON.readValue(stored, RoomState.class)),
            "the room reads back from its JSON as it was");
    }

    private static void assertValid(RoomState room, Command after) {
        String why = " after " + after;
        assertTrue(room.participants().size() <= LIMITS.maxParticipants(), "participants" + why);
        Set<String> ids = new HashSet<>();
        room.participants().forEach(p -> assertTrue(ids.add(p.id()), "participant ids are unique" + why));
        assertTrue(room.participants().stream().filter(p -> p.role() == Role.INTERVIEWER).count() <= 1,
            "one interviewer at most" + why);
        assertTrue(room.participants().stream().filter(p -> p.role() == Role.CANDIDATE).count() <= 1,
            "one candidate at most" + why);
        assertTrue(room.notes().shared().text().length() <= LIMITS.maxNotesChars(), "shared notes" + why);
        room.notes().privateDocs().values().forEach(doc ->
            assertTrue(doc.text().length() <= LIMITS.maxNotesChars(), "private notes" + why));
        assertTrue(room.round().deck().size() <= LIMITS.maxDeckCards(), "deck" + why);
        assertTrue(room.round().clarifications().size() <= LIMITS.maxDeckCards(), "clarifications" + why);
        room.round().deck().forEach(card -> assertTrue(card.text().length() <= LIMITS.maxCardChars()
            && card.title().length() <= LIMITS.maxTitleLength(), "card " + card.id() + why));
        assertTrue(room.round().number() <= LIMITS.maxRounds() && room.history().size() < LIMITS.maxRounds(),
            "rounds" + why);
        assertTrue(room.log().size() <= LIMITS.eventLogSize(), "event log" + why);
        List<Assumption> assumed = room.round().assumptions();
        assertTrue(assumed.size() <= LIMITS.maxAssumptions(), "assumptions" + why);
        for (int i = 0; i < assumed.size(); i++) {
            assertEquals("a" + (i + 1), assumed.get(i).id(), "assumption ids in order" + why);
            assertTrue(!assumed.get(i).text().isBlank() && assumed.get(i).text().length() <= LIMITS.maxCardChars(),
                "assumption text" + why);
        }
        assertTrue(room.timer().phases().size() <= TimerRules.MAX_PHASES, "phases" + why);
        room.timer().phases().forEach(phase -> assertTrue(phase.durationMs() >= TimerRules.MIN_DURATION_MS
            && phase.durationMs() <= TimerRules.MAX_DURATION_MS, "phase length " + phase.durationMs() + why));
        assertTrue(room.timer().phase() >= 0 && room.timer().phase() < room.timer().phases().size(), "phase" + why);
    }

    @Provide
    Arbitrary<List<Command>> sequences() {
        return Arbitraries.frequencyOf(
            Tuple.of(5, joins()),
            Tuple.of(2, leaving()),
            Tuple.of(12, acts()),
            Tuple.of(1, nextRounds()),
            Tuple.of(1, revocations()),
            Tuple.of(1, Arbitraries.just(new Command.Tick()))).list().ofMinSize(4).ofMaxSize(40);
    }

    private static Arbitrary<String> who() {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(PEOPLE)), Tuple.of(1, Arbitraries.of("nobody", "")));
    }

    private static Arbitrary<Command> joins() {
        return Combinators.combine(who(), Arbitraries.of(HOST_TOKEN, INVITE_TOKEN, INVITE_TOKEN, "new-invite", "x"),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 3))
            .as((w, token, resume, socket) -> new Command.Join("node/" + w + socket, token, w, w, "secret-" + w,
                resume == 0 ? null : "secret-" + w));
    }

    private static Arbitrary<Command> leaving() {
        return Arbitraries.oneOf(
            Combinators.combine(who(), Arbitraries.integers().between(1, 3))
                .as((w, socket) -> new Command.Disconnect(w, "node/" + w + socket)),
            Arbitraries.of("node/", "node/A", "other/").map(Command.DropConnections::new));
    }

    private static Arbitrary<Command> nextRounds() {
        return Combinators.combine(who(), Arbitraries.of("card-fraud", "ride-eta", null), Arbitraries.of(true, false))
            .as((w, prompt, avoid) -> new Command.NextRound(w, InterviewFixture.material(prompt, "R"), avoid));
    }

    private static Arbitrary<Command> revocations() {
        return Combinators.combine(who(), Arbitraries.of("A", "B", "C", "nobody"), Arbitraries.of("new-invite", ""))
            .as((w, removed, invite) -> new Command.Revoke(w, "nobody".equals(removed) ? null : removed, invite));
    }

    private static Arbitrary<Command> acts() {
        Arbitrary<ClientMessage.RoomCommand> command = Arbitraries.oneOf(List.of(
            Combinators.combine(text(LIMITS.maxTitleLength()), text(300))
                .as((t, x) -> new RoundMessages.PromptSet(null, t, x)),
            Arbitraries.just(new TimerMessages.TimerStart(null)),
            Arbitraries.just(new TimerMessages.TimerPause(null)),
            Arbitraries.just(new TimerMessages.TimerResume(null)),
            extremeLongs().injectNull(0.5).map(d -> new TimerMessages.TimerReset(null, d)),
            notesOps(),
            Arbitraries.just(new RoundMessages.RoundEnd(null)),
            Arbitraries.just(new RoundMessages.RoundClose(null)),
            Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.of(PEOPLE),
                    Arbitraries.shuffle(PEOPLE).injectNull(0.7))
                .as((i, c, order) -> new RoundMessages.SeatsSet(null, i, c, order)),
            Arbitraries.just(new TimerMessages.TimerNext(null)),
            Arbitraries.just(new TimerMessages.TimerPrevious(null)),
            extremeLongs().map(d -> new TimerMessages.TimerAdjust(null, d)),
            Combinators.combine(text(70), extremeLongs()).as(PhaseView::new).list().ofMaxSize(14)
                .map(phases -> new TimerMessages.TimerPhases(null, phases)),
            Combinators.combine(Arbitraries.of(true, false).injectNull(0.3), Arbitraries.of(true, false).injectNull(0.3))
                .as((a, s) -> new RoundMessages.SettingsSet(null, a, s)),
            cards().map(card -> new TwistMessages.TwistPlay(null, card)),
            Combinators.combine(cards(), extremeInts().injectNull(0.4), extremeInts().injectNull(0.6))
                .as((card, minute, phase) -> new TwistMessages.TwistSchedule(null, card, minute, phase)),
            cardDrafts().map(card -> new TwistMessages.TwistAdd(null, card)),
            Combinators.combine(cardDrafts().list().ofMaxSize(4), clarificationDrafts().list().ofMaxSize(3))
                .as((twists, clarifications) -> new TwistMessages.DeckImport(null,
                    new DeckFile(twists, clarifications))),
            Arbitraries.of("q1", "q2", "q3", "").map(q -> new TwistMessages.FactReveal(null, q)),
            Combinators.combine(Arbitraries.of("data", "modelling", "communication", "nope"),
                    extremeInts().injectNull(0.3), text(LIMITS.maxCardChars() + 2).injectNull(0.3),
                    Arbitraries.of(true, false).injectNull(0.7))
                .as((d, level, evidence, notObserved) ->
                    new FeedbackMessages.ScorecardRate(null, d, level, evidence, notObserved)),
            Combinators.combine(extremeInts().injectNull(0.3), text(LIMITS.maxCardChars() + 2).injectNull(0.3))
                .as((level, comment) -> new FeedbackMessages.FeedbackRate(null, level, comment)),
            Arbitraries.just(new FeedbackMessages.FeedbackShare(null)),
            Combinators.combine(Arbitraries.of("s1", "s2", "s9"), Arbitraries.of(true, false))
                .as((point, covered) -> new FeedbackMessages.ScopeTick(null, point, covered)),
            text(LIMITS.maxCardChars() + 1).map(text -> new AssumptionMessages.AssumptionAdd(null, text)),
            Combinators.combine(assumptions(), text(LIMITS.maxCardChars() + 1))
                .as((a, text) -> new AssumptionMessages.AssumptionEdit(null, a, text)),
            assumptions().map(a -> new AssumptionMessages.AssumptionWithdraw(null, a)),
            Combinators.combine(assumptions(), cards()).as((a, card) -> new AssumptionMessages.AssumptionNotice(null,
                a, card)),
            Combinators.combine(assumptions(), cards()).as((a, card) -> new AssumptionMessages.AssumptionOverturn(null,
                a, card)),
            Combinators.combine(assumptions(), Arbitraries.of("q1", "q2", "q3", ""))
                .as((a, fact) -> new AssumptionMessages.AssumptionHold(null, a, fact))));
        return Combinators.combine(who(), command).as(Command::by);
    }

    private static Arbitrary<ClientMessage.RoomCommand> notesOps() {
        Arbitrary<TextOperation> op = Arbitraries.oneOf(
            Combinators.combine(Arbitraries.integers().between(0, 30), text(40).filter(s -> !s.isEmpty()),
                    Arbitraries.integers().between(0, 10))
                .as((retain, insert, delete) -> {
                    List<Object> parts = new ArrayList<>();
                    if (retain > 0) {
                        parts.add(retain);
                    }
                    parts.add(insert);
                    if (delete > 0) {
                        parts.add(-delete);
                    }
                    return TextOperation.fromJson(parts);
                }),
            Arbitraries.integers().between(1, 20).map(n -> TextOperation.fromJson(List.of(-n))),
            Arbitraries.integers().between(1, 5).map(n -> TextOperation.fromJson(List.of("x".repeat(n * 400)))));
        return Combinators.combine(Arbitraries.of(DocName.values()), Arbitraries.longs().between(-1, 8), op,
                Arbitraries.of("c-1", "c-2"), Arbitraries.longs().between(1, 6))
            .as((doc, rev, edit, client, clientSeq) -> new NotesMessages.NotesOp(null, doc, rev, edit, client,
                clientSeq));
    }

    private static Arbitrary<String> assumptions() {
        return Arbitraries.of("a1", "a2", "a3", "a9", "");
    }

    private static Arbitrary<String> cards() {
        return Arbitraries.of("t1", "t2", "t4", "t5", "t7", "x");
    }

    private static Arbitrary<DeckFile.CardDraft> cardDrafts() {
        return Combinators.combine(Arbitraries.of("cost", "drift", "speed", null),
                text(LIMITS.maxTitleLength() + 2).injectNull(0.1), text(LIMITS.maxCardChars() + 2).injectNull(0.1),
                text(LIMITS.maxCardChars() + 2).injectNull(0.3))
            .as((stress, title, text, guidance) -> new DeckFile.CardDraft(stress, title, text, guidance));
    }

    private static Arbitrary<DeckFile.ClarificationDraft> clarificationDrafts() {
        return Combinators.combine(text(LIMITS.maxCardChars() + 2), text(LIMITS.maxCardChars() + 2))
            .as(DeckFile.ClarificationDraft::new);
    }

    /** Short text mostly, sometimes right at or just past {@code edge}, sometimes blank. */
    private static Arbitrary<String> text(int edge) {
        return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)),
            Tuple.of(1, Arbitraries.of(" ", "")),
            Tuple.of(1, Arbitraries.of(edge - 1, edge).map(n -> "y".repeat(Math.max(1, n)))));
    }

    private static Arbitrary<Long> extremeLongs() {
        return Arbitraries.oneOf(
            Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, 0L, -1L, 1L, 59_999L, 60_000L,
                28_800_000L, 28_800_001L, -28_800_000L, -28_800_001L),
            Arbitraries.longs().between(-3_600_000, 3_600_000),
            Arbitraries.longs());
    }

    private static Arbitrary<Integer> extremeInts() {
        return Arbitraries.oneOf(
            Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 2, 3, 4, 5, 480, 481),
            Arbitraries.integers().between(-5, 500));
    }

}

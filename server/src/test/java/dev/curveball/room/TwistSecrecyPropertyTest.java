package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.Codec;
import dev.curveball.protocol.FeedbackMessages.FeedbackShare;
import dev.curveball.protocol.FeedbackMessages.ScorecardRate;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.RoundMessages.SeatsSet;
import dev.curveball.protocol.RoundMessages.SettingsSet;
import dev.curveball.protocol.TimerMessages.TimerNext;
import dev.curveball.protocol.TimerMessages.TimerPause;
import dev.curveball.protocol.TimerMessages.TimerPrevious;
import dev.curveball.protocol.TimerMessages.TimerResume;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.TwistMessages.DeckImport;
import dev.curveball.protocol.TwistMessages.FactReveal;
import dev.curveball.protocol.TwistMessages.TwistPlay;
import dev.curveball.protocol.TwistMessages.TwistSchedule;
import dev.curveball.protocol.view.DeckFile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever happens in a room, in whatever order (joins, leaves, rounds and rotations, seat overrides, shadowing
 * switched on and off, cards played, scheduled and added, answers revealed, time passing), nobody outside the
 * interviewer's side ever receives an unplayed card's text, any card's guidance, or an unrevealed clarification:
 * not in an event, not in a snapshot.
 */
class TwistSecrecyPropertyTest {
    private static final List<String> PEOPLE = List.of("A", "B", "C", "D");
    private static final String NOBODY = "late-joiner";

    /** One generated step: what happens, who does it, two small numbers it may use, and the time before it. */
    record Step(String kind, String who, int a, int b, long gapMs) {
    }

    @Property(tries = 400)
    void nothingSecretEverReachesTheCandidatesSide(@ForAll("steps") List<Step> steps, @ForAll Mode mode) {
        RoomState room = RoomFixture.newRoom(Role.INTERVIEWER, mode, InterviewFixture.material("p1", "R1"));
        long now = T0;
        int made = 1;
        long lastSeq = 0;
        for (Step step : steps) {
            now += step.gapMs();
            made++;
            Outcome outcome = Room.apply(room, command(step, made), now);
            if (outcome instanceof Outcome.Applied applied) {
                room = applied.state();
                assertNoLeak(room, applied.events());
                for (LoggedEvent event : applied.events()) {
                    assertTrue(event.seq() == ++lastSeq, "seq numbers are consecutive");
                }
            } else {
                String message = ((Outcome.Rejected) outcome).message();
                secrets(room).forEach(secret -> assertFalse(message.contains(secret), "a refusal quotes " + secret));
            }
        }
    }

    private static Command command(Step step, int made) {
        String w = step.who();
        return switch (step.kind()) {
            case "join" -> new Command.Join("node/" + w, step.a() == 0 ? HOST_TOKEN : INVITE_TOKEN, w, w,
                "secret-" + w, "secret-" + w);
            case "leave" -> new Command.Disconnect(w, "node/" + w);
            case "start" -> Command.by(w, new TimerStart(null));
            case "pause" -> Command.by(w, new TimerPause(null));
            case "resume" -> Command.by(w, new TimerResume(null));
            case "next-phase" -> Command.by(w, new TimerNext(null));
            case "previous-phase" -> Command.by(w, new TimerPrevious(null));
            case "end" -> Command.by(w, new RoundEnd(null));
            case "close" -> Command.by(w, new RoundClose(null));
            case "next-round" -> new Command.NextRound(w, InterviewFixture.material("p" + step.a(), "R" + made),
                step.b() == 0);
            case "seats" -> Command.by(w, new SeatsSet(null, PEOPLE.get(step.a()), PEOPLE.get(step.b()), null));
            case "shadow" -> Command.by(w, new SettingsSet(null, null, step.a() == 0));
            case "auto-advance" -> Command.by(w, new SettingsSet(null, step.a() == 0, null));
            case "play" -> Command.by(w, new TwistPlay(null, "t" + (step.a() + 1)));
            case "schedule" -> step.b() == 0
                ? Command.by(w, new TwistSchedule(null, "t" + (step.a() + 1), 1 + step.a() * 7, null))
                : Command.by(w, new TwistSchedule(null, "t" + (step.a() + 1), null, step.a() % 4));
            case "add" -> Command.by(w, new DeckImport(null, new DeckFile(
                List.of(new DeckFile.CardDraft("cost", "Added", "TEXT-added-" + made, "GUIDANCE-added-" + made)),
                List.of(new DeckFile.ClarificationDraft("QUESTION-added-" + made, "ANSWER-added-" + made)))));
            case "reveal" -> Command.by(w, new FactReveal(null, "q" + (step.a() + 1)));
            case "rate" -> Command.by(w, new ScorecardRate(null, "data", 1 + step.a() % 4, "evidence"));
            case "share" -> Command.by(w, new FeedbackShare(null));
            default -> new Command.Tick();
        };
    }

    /** What only the interviewer's side may hold right now. */
    private static List<String> secrets(RoomState room) {
        List<String> secrets = new ArrayList<>();
        List<Round> rounds = new ArrayList<>(room.history());
        rounds.add(room.round());
        for (Round round : rounds) {
            for (Card card : round.deck()) {
                secrets.add(card.guidance());
                if (card.played() == null) {
                    secrets.add(card.text());
                }
            }
            for (Clarification clarification : round.clarifications()) {
                if (clarification.revealed() == null) {
                    secrets.add(clarification.question());
                    secrets.add(clarification.answer());
                }
            }
        }
        return secrets;
    }

    private static void assertNoLeak(RoomState room, List<LoggedEvent> events) {
        List<String> secrets = secrets(room);
        List<Viewer> outside = new ArrayList<>();
        for (Participant p : room.participants()) {
            if (!Sides.interviewerSide(room, p.id())) {
                outside.add(new Viewer(p.id(), p.role(), p.host()));
            }
        }
        outside.add(new Viewer(NOBODY, Role.OBSERVER, false));
        for (Viewer viewer : outside) {
            String snapshot = Codec.mapper().valueToTree(Redaction.snapshot(room, viewer)).toString();
            for (String secret : secrets) {
                assertFalse(snapshot.contains(secret), "the snapshot for " + viewer.participantId() + " holds "
                    + secret);
            }
            for (LoggedEvent event : events) {
                if (!Redaction.mayReceive(event, viewer)) {
                    continue;
                }
                String json = Codec.mapper().valueToTree(event.event()).toString();
                for (String secret : secrets) {
                    assertFalse(json.contains(secret), viewer.participantId() + " receives " + secret + " in " + json);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> kind = Arbitraries.of("join", "join", "join", "leave", "start", "start", "pause", "resume",
            "next-phase", "previous-phase", "end", "close", "next-round", "next-round", "seats", "shadow",
            "auto-advance", "play", "play", "schedule", "schedule", "add", "reveal", "reveal", "rate", "share",
            "tick");
        Arbitrary<Long> gap = Arbitraries.of(0L, 1_000L, 30_000L, 180_000L, 600_000L);
        return Combinators.combine(kind, Arbitraries.of(PEOPLE), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), gap)
            .as(Step::new).list().ofMinSize(5).ofMaxSize(60);
    }

}

package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.DocName;
import dev.curveball.protocol.FeedbackMessages.FeedbackRate;
import dev.curveball.protocol.FeedbackMessages.FeedbackShare;
import dev.curveball.protocol.FeedbackMessages.ScorecardRate;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.NotesMessages.NotesOp;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.RoundMessages.SettingsSet;
import dev.curveball.protocol.Stress;
import dev.curveball.protocol.TimerMessages.TimerNext;
import dev.curveball.protocol.TimerMessages.TimerPause;
import dev.curveball.protocol.TimerMessages.TimerResume;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.TwistMessages.FactReveal;
import dev.curveball.protocol.TwistMessages.TwistAdd;
import dev.curveball.protocol.TwistMessages.TwistPlay;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.DeckFile;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The Markdown report of a round, built from the room state alone: what happened, as the caller may read it. A
 * played round: A interviews B, C observes; a fact is revealed in "Clarify", card t1 is played in "High-level
 * design", the round ends in "Deep dive" and is closed.
 */
class RoundReportTest {
    private static final long MIN = 60_000;
    private static final long SEC = 1_000;
    private static final String PROMPT = "Design card fraud detection for 8,000 payments per second.\n\n"
        + "Constraints:\n- p99 latency under 120 ms";
    private static final String NOTES = "## Requirements\n- 8k payments/s\n```\nscore = model(x)\n```\n";

    @Test
    void theReportOpensWithTheRoundThePromptAsDrawnAndWhoSatWhere() {
        String report = report(closedRound(), 1, "B");

        assertTrue(report.startsWith("# Round 1: Card fraud\n"), report);
        assertTrue(report.contains("- Room: Thursday practice\n"), report);
        assertTrue(report.contains("- Date: 1970-01-01T00:16:40Z\n"), "T0 in ISO UTC: " + report);
        assertTrue(report.contains("- Interviewer: A\n- Candidate: B\n"), report);
        assertTrue(report.contains("> Design card fraud detection for 8,000 payments per second.\n>\n"
            + "> Constraints:\n> - p99 latency under 120 ms\n"), "the prompt, quoted line by line: " + report);
    }

    @Test
    void phasesShowTheirActualDurationsNextToThePlannedOnes() {
        String report = report(closedRound(), 1, "B");

        assertTrue(report.contains("| Phase | Planned | Actual |\n| --- | --- | --- |\n"
            + "| Clarify | 05:00 | 04:30 |\n"
            + "| High-level design | 15:00 | 07:30 |\n"
            + "| Deep dive | 20:00 | 08:15 |\n"
            + "| Wrap-up | 05:00 | — |\n"), report);
        assertTrue(report.contains("Running time: 20:15\n"), report);
    }

    @Test
    void timeSpentPausedDoesNotCountTowardsAPhase() {
        RoomState room = running();
        room = applied(room, Command.by("A", new TimerPause(null)), T0 + 2 * MIN).state();
        room = applied(room, Command.by("A", new TimerResume(null)), T0 + 30 * MIN).state();
        room = applied(room, Command.by("A", new RoundEnd(null)), T0 + 31 * MIN).state();

        assertTrue(report(room, 1, "B").contains("| Clarify | 05:00 | 03:00 |\n"), report(room, 1, "B"));
    }

    @Test
    void thePhaseUnderWayIsMarkedSoWhileTheTimerRuns() {
        RoomState room = applied(running(), Command.by("A", new TimerNext(null)), T0 + 3 * MIN).state();

        String report = report(room, 1, "B");

        assertTrue(report.contains("| Clarify | 05:00 | 03:00 |\n| High-level design | 15:00 | under way |\n"),
            report);
        assertFalse(report.contains("Running time"), "no total while a phase is open: " + report);
    }

    @Test
    void thePlayedTwistAndTheRevealedFactAppearWithTheirTimeAndPhase() {
        String report = report(closedRound(), 1, "C");

        assertTrue(report.contains("- 02:00 · Clarify · Fact: **QUESTION-q1**: ANSWER-q1\n"
            + "- 10:00 · High-level design · Twist (label-delay): **Labels arrive late**: TEXT-t1\n"), report);
    }

    @Test
    void theClosedRoundKeepsItsSharedNotesInAFenceLongerThanAnyBacktickRunInThem() {
        String report = report(closedRound(), 1, "C");

        assertTrue(report.contains("## Shared notes\n\n````markdown\n" + NOTES + "````\n"), report);
    }

    @Test
    void aPastRoundKeepsItsNotesAndShowsOnlyActualPhaseTimes() {
        RoomState room = applied(closedRound(), new Command.NextRound("A", material("Ranking", "RANK"), false),
            T0 + 40 * MIN).state();
        assertEquals("", room.notes().shared().text(), "the next round starts on a clean page");

        String report = report(room, 1, "B");

        assertTrue(report.contains(NOTES), report);
        assertTrue(report.contains("| Phase | Actual |\n| --- | --- |\n| Clarify | 04:30 |\n"), report);
        assertFalse(report.contains("Planned"), report);
    }

    @Test
    void aRoundStillUnderWayShowsTheSharedNotesAsTheyStand() {
        RoomState room = applied(running(), writeNotes("B", "half a design"), T0 + MIN).state();

        String report = report(room, 1, "B");

        assertTrue(report.contains("## Shared notes (so far; the round is not closed)\n\n```markdown\n"
            + "half a design\n```\n"), report);
    }

    @Test
    void theUnsharedScorecardIsInTheInterviewersReportOnly() {
        RoomState room = closedRound();

        assertTrue(report(room, 1, "A").contains("## Scorecard (not shared with the candidate yet)\n\n"
            + "| Dimension | Level | Evidence |\n| --- | --- | --- |\n"
            + "| data | 3/4 | EVIDENCE asked how labels \\| arrive |\n"), report(room, 1, "A"));
        for (String reader : List.of("B", "C")) {
            assertFalse(report(room, 1, reader).contains("Scorecard"), reader);
            assertFalse(report(room, 1, reader).contains("EVIDENCE"), reader);
        }
    }

    @Test
    void aSharedScorecardIsInEveryonesReport() {
        RoomState room = applied(ended(), Command.by("A", new FeedbackShare(null)), T0 + 22 * MIN).state();

        for (String reader : List.of("A", "B", "C")) {
            assertTrue(report(room, 1, reader).contains("## Scorecard\n\n| Dimension | Level | Evidence |\n"), reader);
            assertTrue(report(room, 1, reader).contains("EVIDENCE"), reader);
        }
    }

    @Test
    void theCandidatesFeedbackIsInTheirOwnReportUntilShared() {
        RoomState room = closedRound();
        assertTrue(report(room, 1, "B").contains("## Your feedback on the interviewer (not shared with them yet)"
            + "\n\nLevel: 4/4\n\n> COMMENT twists came on time\n"), report(room, 1, "B"));
        assertFalse(report(room, 1, "A").contains("COMMENT"));

        RoomState shared = applied(ended(), Command.by("B", new FeedbackShare(null)), T0 + 22 * MIN).state();
        assertTrue(report(shared, 1, "A").contains("## The candidate's feedback on the interviewer"),
            report(shared, 1, "A"));
        assertTrue(report(shared, 1, "C").contains("COMMENT"));
    }

    @Test
    void aSeatsReportStaysTheirsAfterTheSeatsMoveOn() {
        RoomState room = applied(closedRound(), new Command.NextRound("A", material("Ranking", "RANK"), false),
            T0 + 40 * MIN).state();
        assertEquals(Role.INTERVIEWER, room.roleOf("B"), "the seats moved on");

        assertTrue(report(room, 1, "A").contains("EVIDENCE"), "A interviewed round 1");
        assertFalse(report(room, 1, "B").contains("EVIDENCE"), "B was round 1's candidate");
        assertTrue(report(room, 1, "B").contains("COMMENT"));
    }

    @Test
    void noReportEverHoldsAnUnplayedCardAGuidanceOrAnUnrevealedClarification() {
        RoomState room = applied(closedRound(), Command.by("A", new SettingsSet(null, null, true)),
            T0 + 30 * MIN).state();
        List<String> secrets = List.of("GUIDANCE-t1", "TEXT-t2", "GUIDANCE-t2", "Feature store down", "QUESTION-q2",
            "ANSWER-q2");

        assertAll(Stream.of("A", "B", "C", "nobody").flatMap(reader -> secrets.stream()
            .map(secret -> (Executable) () -> assertFalse(report(room, 1, reader).contains(secret),
                reader + " read " + secret))));
    }

    @Test
    void thereIsNoReportOfARoundStillInItsLobbyOrOfOneThatNeverWas() {
        assertEquals(Optional.empty(), RoundReport.markdown(lobby(), 1, "A"));
        assertEquals(Optional.empty(), RoundReport.markdown(closedRound(), 2, "A"));
        assertEquals(Optional.empty(), RoundReport.markdown(closedRound(), 0, "A"));
    }

    @Test
    void userTextCannotOpenATableColumnOrEndAListItem() {
        RoomState room = applied(running(), Command.by("A", new TwistAdd(null, new DeckFile.CardDraft("cost",
            "Budget | cut",
            "Half the budget.\n# not a heading", "g"))), T0 + MIN).state();
        String added = room.round().deck().get(room.round().deck().size() - 1).id();
        room = applied(room, Command.by("A", new TwistPlay(null, added)), T0 + 2 * MIN).state();

        String report = report(room, 1, "B");

        assertTrue(report.contains("**Budget | cut**: Half the budget. # not a heading\n"), report);
        assertFalse(report.contains("\n# not a heading"), report);
    }

    // A round played from the lobby to closed; each step below builds on the one before.

    private static RoomState lobby() {
        RoomState room = RoomFixture.newRoom(Role.INTERVIEWER, Mode.GROUP, material("Card fraud", PROMPT));
        for (String who : List.of("A", "B", "C")) {
            room = applied(room, join(who, who.equals("A") ? HOST_TOKEN : INVITE_TOKEN), T0).state();
        }
        return room;
    }

    private static RoomState running() {
        return applied(lobby(), Command.by("A", new TimerStart(null)), T0).state();
    }

    /** Clarify 4:30 with q1 revealed at 2:00, high-level design 7:30 with t1 at 10:00, deep dive 8:15; rated. */
    private static RoomState ended() {
        RoomState room = running();
        room = applied(room, Command.by("A", new FactReveal(null, "q1")), T0 + 2 * MIN).state();
        room = applied(room, Command.by("A", new TimerNext(null)), T0 + 4 * MIN + 30 * SEC).state();
        room = applied(room, writeNotes("B", NOTES), T0 + 5 * MIN).state();
        room = applied(room, Command.by("A", new TwistPlay(null, "t1")), T0 + 10 * MIN).state();
        room = applied(room, Command.by("A", new TimerNext(null)), T0 + 12 * MIN).state();
        room = applied(room, Command.by("A", new RoundEnd(null)), T0 + 20 * MIN + 15 * SEC).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "data", 3, "EVIDENCE asked how labels | arrive")),
            T0 + 21 * MIN).state();
        return applied(room, Command.by("B", new FeedbackRate(null, 4, "COMMENT twists came on time")), T0 + 21 * MIN)
            .state();
    }

    private static RoomState closedRound() {
        return applied(ended(), Command.by("A", new RoundClose(null)), T0 + 23 * MIN).state();
    }

    private static RoundMaterial material(String title, String text) {
        return new RoundMaterial("card-fraud", new Prompt(title, text, false),
            List.of(new Phase("Clarify", 5 * MIN), new Phase("High-level design", 15 * MIN),
                new Phase("Deep dive", 20 * MIN), new Phase("Wrap-up", 5 * MIN)),
            List.of(new Card("t1", Stress.LABEL_DELAY, "Labels arrive late", "TEXT-t1", "GUIDANCE-t1", null, null),
                new Card("t2", Stress.OUTAGE, "Feature store down", "TEXT-t2", "GUIDANCE-t2", null, null)),
            List.of(new Clarification("q1", "QUESTION-q1", "ANSWER-q1", null),
                new Clarification("q2", "QUESTION-q2", "ANSWER-q2", null)));
    }

    /** Writes {@code text} into the empty shared notes. */
    private static Command.Act writeNotes(String by, String text) {
        return Command.by(by, new NotesOp(null, DocName.SHARED, 0L, TextOperation.builder().insert(text).build(),
            "c-" + by, 1L));
    }

    private static String report(RoomState state, int round, String reader) {
        return RoundReport.markdown(state, round, reader).orElseThrow();
    }
}

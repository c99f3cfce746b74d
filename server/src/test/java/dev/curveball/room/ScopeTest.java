package dev.curveball.room;

import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static dev.curveball.room.RoomFixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.FeedbackMessages.ScopeTick;
import dev.curveball.protocol.FeedbackMessages.ScorecardRate;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.RoundMessages.SettingsSet;
import dev.curveball.protocol.Stress;
import dev.curveball.protocol.view.DeckFile;
import dev.curveball.protocol.view.GuideView;
import dev.curveball.protocol.view.WhenView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scope points: ticked by the interviewer one click at a time, read by the candidate only once the round is done. */
class ScopeTest {

    @Test
    void aTickIsOneEventForTheInterviewerSideAndChangesOnlyThatPoint() {
        Outcome.Applied tick = applied(running(guidedGroup()), Command.by("A", new ScopeTick(null, "s2", true)),
            T0 + MIN);

        assertEquals(1, tick.events().size());
        LoggedEvent event = tick.events().get(0);
        assertEquals(new RoomEvent.ScopeTicked("s2", true, "A"), event.event());
        assertTrue(event.audience().admits(new Viewer("A", Role.INTERVIEWER, true)));
        assertFalse(event.audience().admits(new Viewer("B", Role.CANDIDATE, false)), "not the candidate");
        assertFalse(event.audience().admits(new Viewer("C", Role.OBSERVER, false)), "nor an observer not shadowing");
        List<ScopeItem> scope = tick.state().round().guide().scope();
        assertEquals(List.of(false, true, false), scope.stream().map(ScopeItem::covered).toList());
    }

    @Test
    void aTickCanBeTakenBackAndATickThatChangesNothingTellsNobody() {
        RoomState room = applied(running(guidedGroup()), Command.by("A", new ScopeTick(null, "s1", true)), T0).state();

        Outcome.Applied again = applied(room, Command.by("A", new ScopeTick(null, "s1", true)), T0 + 1);
        assertTrue(again.events().isEmpty(), "a double click is no news");
        Outcome.Applied back = applied(again.state(), Command.by("A", new ScopeTick(null, "s1", false)), T0 + 2);
        assertEquals(new RoomEvent.ScopeTicked("s1", false, "A"), back.events().get(0).event());
        assertFalse(back.state().round().guide().scope().get(0).covered());
    }

    @Test
    void onlyTheInterviewerTicksAKnownPointWhileTheRoundRunsOrInItsFeedback() {
        RoomState lobby = guidedGroup();
        RoomState room = running(lobby);
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, Command.by("B", new ScopeTick(null, "s1", true)), T0).code());
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, Command.by("C", new ScopeTick(null, "s1", true)), T0).code());
        Outcome.Rejected unknown = rejected(room, Command.by("A", new ScopeTick(null, "s9", true)), T0);
        assertEquals(ErrorCode.BAD_MESSAGE, unknown.code());
        assertTrue(unknown.message().contains("s9"), unknown.message());
        assertEquals(ErrorCode.INVALID_STATE, rejected(lobby, Command.by("A", new ScopeTick(null, "s1", true)),
            T0).code());

        RoomState feedback = applied(room, Command.by("A", new RoundEnd(null)), T0 + MIN).state();
        assertTrue(applied(feedback, Command.by("A", new ScopeTick(null, "s3", true)), T0 + MIN).state().round().guide()
            .scope().get(2).covered(), "the interviewer may still tick while scoring");
        RoomState done = applied(feedback, Command.by("A", new RoundClose(null)), T0 + MIN).state();
        assertEquals(ErrorCode.INVALID_STATE, rejected(done, Command.by("A", new ScopeTick(null, "s1", true)),
            T0).code());
    }

    @Test
    void aPromptWrittenInTheRoomHasNoScopeToTick() {
        Outcome.Rejected refused = rejected(running(InterviewFixture.pair()), Command.by("A", new ScopeTick(null,
            "s1", true)),
            T0);
        assertEquals(ErrorCode.BAD_MESSAGE, refused.code());
    }

    @Test
    void theGuideIsTheInterviewerSidesUntilTheRoundIsDoneThenEveryones() {
        RoomState room = applied(running(guidedGroup()), Command.by("A", new ScopeTick(null, "s1", true)), T0).state();
        assertNotNull(Redaction.round(room, "A").guide());
        assertNull(Redaction.round(room, "B").guide(), "not the candidate's while it runs");
        assertNull(Redaction.round(room, "C").guide(), "nor a bystander's");
        RoomState shadowed = applied(room, Command.by("A", new SettingsSet(null, null, true)), T0).state();
        assertNotNull(Redaction.round(shadowed, "C").guide(), "a shadowing observer reads it");

        RoomState feedback = applied(room, Command.by("A", new RoundEnd(null)), T0 + MIN).state();
        assertNull(Redaction.round(feedback, "B").guide(), "not in feedback either");
        RoomState done = applied(feedback, Command.by("A", new RoundClose(null)), T0 + MIN).state();
        GuideView seen = Redaction.round(done, "B").guide();
        assertNotNull(seen, "the candidate reads it once the round is done");
        assertTrue(seen.scope().get(0).covered());
        assertEquals("STRONG-G", seen.strongAnswer());
    }

    @Test
    void cardsKeepTheirAdviceOnTheInterviewerSideAndCoreCardsComeFirst() {
        RoomState room = running(guidedGroup());
        var deck = Redaction.round(room, "A").deck();
        assertEquals(List.of("t2", "t1", "t3"), deck.stream().map(c -> c.id()).toList());
        assertTrue(deck.get(0).core());
        assertEquals("PROBE-t1-G", deck.get(1).probe());
        assertEquals(new WhenView("Deep dive", "AFTER-t1-G"), deck.get(1).when());
        assertNull(Redaction.round(room, "B").deck());
    }

    @Test
    void anEscalationIsListedRightAfterTheCardItFollowsAndStaysThereWhenCardsAreAdded() {
        Card head = new Card("t1", Stress.COST, "Budget halved", "T1", "G1", null, null, null, null, true, null);
        Card other = new Card("t2", Stress.DRIFT, "Drift", "T2", "G2", null, null, null, null, true, null);
        Card escalation = new Card("t3", Stress.COST, "Budget halved again", "T3", "G3", null, null, null, null, false,
            "t1");
        Card plain = new Card("t4", Stress.SCALE, "Scale", "T4", "G4", null, null, null, null, false, null);

        List<Card> deck = Card.coreFirst(List.of(plain, head, escalation, other));
        assertEquals(List.of("t1", "t3", "t2", "t4"), deck.stream().map(Card::id).toList());

        List<Card> imported = Cards.added(deck, List.of(new DeckFile.CardDraft("latency", "Mine", "TEXT", "GUIDE",
            null, null, true)));
        assertEquals(List.of("t1", "t3", "t2", "t5", "t4"), imported.stream().map(Card::id).toList(),
            "an imported core card joins the core cards without splitting the chain");
        assertEquals("t1", imported.get(1).view().follows(), "the interviewer's deck names the card it follows");
    }

    @Test
    void theReportShowsTheGuideWithTicksToTheInterviewerAndToEveryoneOnceDoneWithTheVerdict() {
        RoomState room = applied(running(guidedGroup()), Command.by("A", new ScopeTick(null, "s2", true)), T0).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "data", 4, "Named label delay.")), T0).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "modelling", 3, "")), T0).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "communication", null, "", true)), T0).state();
        ReportRubric rubric = new ReportRubric("PARTIAL-RULE", List.of(
            new ReportRubric.Verdict("Strong hire", 3.5, 3, "Raises the bar."),
            new ReportRubric.Verdict("Hire", 3.0, 2, "Solid."),
            new ReportRubric.Verdict("No hire", 1.0, 1, "Not yet.")));

        String interviewers = RoundReport.markdown(room, 1, "A", rubric).orElseThrow();
        assertTrue(interviewers.contains("- [ ] data-and-labels: SCOPE-s1-G"), interviewers);
        assertTrue(interviewers.contains("- [x] serving: SCOPE-s2-G"), interviewers);
        assertTrue(interviewers.contains("| communication | not observed |"), interviewers);
        assertTrue(interviewers.contains("**Strong hire** ← this scorecard"), "3.5 over two rated dimensions");
        assertTrue(interviewers.contains("(1 not observed, left out)"), interviewers);
        assertTrue(interviewers.contains("PARTIAL-RULE"), interviewers);
        String candidates = RoundReport.markdown(room, 1, "B", rubric).orElseThrow();
        assertFalse(candidates.contains("SCOPE-") || candidates.contains("STRONG-") || candidates.contains("MISTAKE-"),
            candidates);

        RoomState done = applied(applied(room, Command.by("A", new RoundEnd(null)), T0 + MIN).state(),
            Command.by("A", new RoundClose(null)), T0 + MIN).state();
        String afterwards = RoundReport.markdown(done, 1, "B", rubric).orElseThrow();
        assertTrue(afterwards.contains("- [x] serving: SCOPE-s2-G"), afterwards);
        assertTrue(afterwards.contains("STRONG-G") && afterwards.contains("- MISTAKE-2-G"), afterwards);
        assertFalse(afterwards.contains("Strong hire"), "the verdict stays with the scorecard, not shared yet");
    }

    @Test
    void notObservedTakesNoLevel() {
        RoomState room = running(guidedGroup());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, Command.by("A", new ScorecardRate(null, "data", 2, "", true)), T0).code());
        RoomState marked = applied(room, Command.by("A", new ScorecardRate(null, "data", null, "", true)), T0).state();
        assertTrue(marked.round().scorecard().ratings().get("data").unobserved(), "kept although empty otherwise");
    }

    @Test
    void aRoomWithAGuideTicksAndANotObservedRatingSurvivesTheJsonThatCrossesHazelcast() throws Exception {
        RoomState room = applied(running(guidedGroup()), Command.by("A", new ScopeTick(null, "s2", true)), T0).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "data", null, "", true)), T0).state();
        var mapper = dev.curveball.protocol.Codec.newMapper();

        RoomState back = mapper.readValue(mapper.writeValueAsString(room), RoomState.class);

        assertEquals(room, back);
        Command tick = mapper.readValue(mapper.writeValueAsString(Command.by("A", new ScopeTick(null, "s1", true))),
            Command.class);
        assertEquals(Command.by("A", new ScopeTick(null, "s1", true)), tick);
    }

    /** A group (A interviews, B is the candidate, C observes) whose round has a guide of three scope points. */
    static RoomState guidedGroup() {
        List<Card> deck = Card.coreFirst(List.of(
            new Card("t1", Stress.DRIFT, "Title t1", "TEXT-t1-G", "GUIDANCE-t1-G", null, null,
                new WhenView("Deep dive", "AFTER-t1-G"), "PROBE-t1-G", false),
            new Card("t2", Stress.COST, "Title t2", "TEXT-t2-G", "GUIDANCE-t2-G", null, null,
                new WhenView("High-level design", null), "PROBE-t2-G", true),
            new Card("t3", Stress.OUTAGE, "Title t3", "TEXT-t3-G", "GUIDANCE-t3-G", null, null, null, null, false)));
        RoundGuide guide = new RoundGuide("hard", "L5–L7", List.of("data", "evaluation"), "STRONG-G",
            List.of(new ScopeItem("s1", "data-and-labels", "SCOPE-s1-G", false),
                new ScopeItem("s2", "serving", "SCOPE-s2-G", false),
                new ScopeItem("s3", "cost", "SCOPE-s3-G", false)),
            List.of("MISTAKE-1-G", "MISTAKE-2-G"));
        RoundMaterial material = new RoundMaterial("card-fraud", new Prompt("Fraud detection G", "Design it. G",
            false), InterviewFixture.PHASES, deck, List.of(), guide);
        RoomState room = RoomFixture.newRoom(Role.INTERVIEWER, Mode.GROUP, material);
        for (String who : List.of("A", "B", "C")) {
            room = applied(room, join(who, who.equals("A") ? HOST_TOKEN : INVITE_TOKEN), T0).state();
        }
        return room;
    }
}

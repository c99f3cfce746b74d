package dev.curveball.room;

import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.RoundMessages.SettingsSet;
import dev.curveball.protocol.TimerMessages.TimerNext;
import dev.curveball.protocol.TimerMessages.TimerPause;
import dev.curveball.protocol.TimerMessages.TimerResume;
import dev.curveball.protocol.TwistMessages.DeckImport;
import dev.curveball.protocol.TwistMessages.FactReveal;
import dev.curveball.protocol.TwistMessages.TwistAdd;
import dev.curveball.protocol.TwistMessages.TwistPlay;
import dev.curveball.protocol.TwistMessages.TwistSchedule;
import dev.curveball.protocol.view.DeckFile;
import dev.curveball.protocol.view.RoundView;
import dev.curveball.protocol.view.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Twist cards: played now or by schedule, once; secret until then; the interviewer's own cards and deck files. */
class TwistsTest {

    @Test
    void aPlayedCardReachesEveryoneWithItsTextButNeverItsGuidance() {
        Outcome.Applied play = applied(running(InterviewFixture.pair()), Command.by("A", new TwistPlay(null, "t2")),
            T0 + 20 * MIN);

        assertEquals(1, play.events().size());
        LoggedEvent event = play.events().get(0);
        assertEquals(Audience.EVERYONE, event.audience());
        TimelineEntry entry = ((RoomEvent.TwistPlayed) event.event()).entry();
        assertEquals("TEXT-t2-R1", entry.text());
        assertEquals(20 * MIN, entry.elapsedMs());
        assertEquals("Clarify", entry.phase(), "nobody moved on, and the room does not move on by itself");
        assertFalse(Codec.encode(new dev.curveball.protocol.ServerMessage.Event(1, 1, event.event()))
            .contains("GUIDANCE"));
        assertEquals(List.of(entry), play.state().round().timeline());
    }

    @Test
    void onlyTheInterviewerPlaysAndOnlyWhileTheRoundRuns() {
        RoomState lobby = InterviewFixture.pair();
        Outcome.Rejected byCandidate = rejected(running(lobby), Command.by("B", new TwistPlay(null, "t1")), T0);
        assertEquals(ErrorCode.FORBIDDEN, byCandidate.code());
        assertFalse(byCandidate.message().contains("TEXT"), "a refusal never quotes a card");
        assertEquals(ErrorCode.INVALID_STATE, rejected(lobby, Command.by("A", new TwistPlay(null, "t1")), T0).code());
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(running(lobby), Command.by("A", new TwistPlay(null, "t9")),
            T0).code());
    }

    @Test
    void aCardIsPlayedOnce() {
        RoomState room = applied(running(InterviewFixture.pair()), Command.by("A", new TwistPlay(null, "t1")),
            T0).state();
        assertEquals(ErrorCode.INVALID_STATE, rejected(room, Command.by("A", new TwistPlay(null, "t1")),
            T0 + 1).code());
    }

    @Test
    void aCardScheduledForAMinutePlaysOnceAtThatMinuteHoweverManyTicksArrive() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t3", 20, null)),
            T0).state();
        room = running(room);

        Outcome.Applied early = applied(room, new Command.Tick(), T0 + 19 * MIN);
        assertTrue(early.events().isEmpty());

        Outcome.Applied due = applied(early.state(), new Command.Tick(), T0 + 20 * MIN + 700);
        assertEquals(1, due.events().size());
        TimelineEntry entry = ((RoomEvent.TwistPlayed) due.events().get(0).event()).entry();
        assertEquals(20 * MIN, entry.elapsedMs(), "stamped with the minute it fell due, not the tick's");
        assertEquals(T0 + 20 * MIN, entry.at());

        Outcome.Applied again = applied(due.state(), new Command.Tick(), T0 + 20 * MIN + 800);
        assertTrue(again.events().isEmpty(), "the second tick finds nothing due");
        assertEquals(1, again.state().round().timeline().size());
    }

    @Test
    void aScheduledCardPlaysEvenIfTheInterviewerIsOffline() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t3", 10, null)),
            T0).state();
        room = applied(running(room), new Command.Disconnect("A", "node/A"), T0 + MIN).state();

        Outcome.Applied candidateTypes = applied(room, new Command.Tick(), T0 + 11 * MIN);

        assertEquals(1, candidateTypes.state().round().timeline().size());
    }

    @Test
    void pausedTimeDoesNotCountTowardsAScheduledMinute() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t3", 10, null)),
            T0).state();
        room = applied(running(room), Command.by("A", new TimerPause(null)), T0 + 5 * MIN).state();
        room = applied(room, Command.by("A", new TimerResume(null)), T0 + 15 * MIN).state();

        assertTrue(applied(room, new Command.Tick(), T0 + 19 * MIN).events().isEmpty());
        assertEquals(1, applied(room, new Command.Tick(), T0 + 20 * MIN).events().size());
    }

    @Test
    void aCardScheduledForAPhasePlaysWhenThatPhaseStarts() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t4", null, 2)),
            T0).state();
        room = running(room);
        room = applied(room, Command.by("A", new TimerNext(null)), T0 + 5 * MIN).state();
        assertTrue(room.round().timeline().isEmpty());

        Outcome.Applied deepDive = applied(room, Command.by("A", new TimerNext(null)), T0 + 21 * MIN);

        TimelineEntry entry = deepDive.state().round().timeline().get(0);
        assertEquals("t4", entry.ref());
        assertEquals("Deep dive", entry.phase());
    }

    @Test
    void aCardScheduledForTheFirstPhasePlaysAsTheRoundStarts() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t1", null, 0)),
            T0).state();
        assertEquals(1, running(room).round().timeline().size());
    }

    @Test
    void aMomentThatHasPassedCannotBeScheduled() {
        RoomState room = applied(running(InterviewFixture.pair()), Command.by("A", new TimerNext(null)),
            T0 + 6 * MIN).state();
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, Command.by("A", new TwistSchedule(null, "t1", 5, null)), T0 + 7 * MIN).code());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, Command.by("A", new TwistSchedule(null, "t1", null, 1)), T0 + 7 * MIN).code());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, Command.by("A", new TwistSchedule(null, "t1", null, 9)), T0 + 7 * MIN).code());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, Command.by("A", new TwistSchedule(null, "t1", 30, 3)), T0 + 7 * MIN).code());
    }

    @Test
    void cancellingAScheduleMeansTheCardWaitsForTheInterviewer() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t3", 20, null)),
            T0).state();
        room = applied(room, Command.by("A", new TwistSchedule(null, "t3", null, null)), T0).state();

        assertTrue(applied(running(room), new Command.Tick(), T0 + 30 * MIN).state().round().timeline().isEmpty());
    }

    @Test
    void scheduledCardsThatHaveNotFiredWhenTheRoundEndsNeverFire() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t3", 20, null)),
            T0).state();
        room = applied(running(room), Command.by("A", new RoundEnd(null)), T0 + 10 * MIN).state();

        assertTrue(applied(room, new Command.Tick(), T0 + 30 * MIN).state().round().timeline().isEmpty());
    }

    @Test
    void scheduleChangesReachOnlyTheInterviewersSide() {
        Outcome.Applied scheduled = applied(InterviewFixture.pair(), Command.by("A", new TwistSchedule(null, "t3", 20,
            null)),
            T0);

        assertEquals(1, scheduled.events().size());
        assertEquals(new Audience.Participants(List.of("A")), scheduled.events().get(0).audience());
        RoundView view = ((RoomEvent.RoundChanged) scheduled.events().get(0).event()).round();
        assertEquals(20, view.deck().get(2).schedule().atMinute());
    }

    @Test
    void theInterviewerAddsTheirOwnCard() {
        Outcome.Applied added = applied(InterviewFixture.pair(), Command.by("A", new TwistAdd(null,
            new DeckFile.CardDraft("cost", "Budget cut", "Half the budget.", "Caching vs model size."))), T0);

        Card card = added.state().round().deck().get(4);
        assertEquals("t5", card.id());
        assertEquals("Half the budget.", card.text());
    }

    @Test
    void aBadDeckFileIsRefusedNamingTheFieldAndChangesNothing() {
        RoomState room = InterviewFixture.pair();
        DeckFile bad = new DeckFile(List.of(
            new DeckFile.CardDraft("drift", "New market", "We launch in Brazil.", "Calibration."),
            new DeckFile.CardDraft("latency", "Faster", "p99 of 20 ms.", ""),
            new DeckFile.CardDraft("speed", "Faster", "Twice as fast.", "")), List.of());

        Outcome.Rejected refused = rejected(room, Command.by("A", new DeckImport(null, bad)), T0);

        assertEquals(ErrorCode.BAD_MESSAGE, refused.code());
        assertTrue(refused.message().startsWith("deck.twists[2].stress: \"speed\" is not a stress"),
            refused.message());
        DeckFile blankAnswer = new DeckFile(List.of(),
            List.of(new DeckFile.ClarificationDraft("How fresh?", " ")));
        assertEquals("deck.clarifications[0].answer: missing or blank",
            rejected(room, Command.by("A", new DeckImport(null, blankAnswer)), T0).message());
    }

    @Test
    void aGoodDeckFileAddsItsCardsAndClarifications() {
        DeckFile deck = new DeckFile(List.of(new DeckFile.CardDraft("drift", "New market", "Brazil.", "Calibrate.")),
            List.of(new DeckFile.ClarificationDraft("How fresh?", "Five minutes.")));

        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new DeckImport(null, deck)), T0).state();

        assertEquals("t5", room.round().deck().get(4).id());
        assertEquals("q3", room.round().clarifications().get(2).id());
    }

    @Test
    void aDeckHoldsAtMostItsLimitOfCards() {
        List<DeckFile.CardDraft> many = java.util.Collections.nCopies(RoomFixture.LIMITS.maxDeckCards(),
            new DeckFile.CardDraft("cost", "Budget", "Less money.", ""));
        assertEquals(ErrorCode.TOO_LARGE, rejected(InterviewFixture.pair(),
            Command.by("A", new DeckImport(null, new DeckFile(many, List.of()))), T0).code());
    }

    @Test
    void aCardTextOverTheLimitIsTooLargeLikeEveryOtherOverLimitField() {
        RoomState room = InterviewFixture.pair();
        String tooLong = "x".repeat(RoomFixture.LIMITS.maxCardChars() + 1);

        Outcome.Rejected text = rejected(room, Command.by("A", new TwistAdd(null,
            new DeckFile.CardDraft("cost", "Budget cut", tooLong, ""))), T0);
        Outcome.Rejected guidance = rejected(room, Command.by("A", new TwistAdd(null,
            new DeckFile.CardDraft("cost", "Budget cut", "Half.", tooLong))), T0);
        Outcome.Rejected inFile = rejected(room, Command.by("A", new DeckImport(null, new DeckFile(List.of(),
            List.of(new DeckFile.ClarificationDraft("How fresh?", tooLong))))), T0);

        assertEquals(ErrorCode.TOO_LARGE, text.code());
        assertEquals("card.text: at most " + RoomFixture.LIMITS.maxCardChars() + " characters", text.message());
        assertEquals(ErrorCode.TOO_LARGE, guidance.code());
        assertEquals(ErrorCode.TOO_LARGE, inFile.code());
        assertTrue(inFile.message().startsWith("deck.clarifications[0].answer"), inFile.message());
    }

    @Test
    void anAddedCardKeepsThePremisesItOverturnsOnTheInterviewersSideOnly() {
        DeckFile.CardDraft draft = new DeckFile.CardDraft("label-delay", "Labels late", "Labels now take 90 days.",
            "Proxy labels.", null, null, true, List.of(" labels arrive within a day ", "PREMISE-reports are fast"));
        Outcome.Applied added = applied(running(InterviewFixture.pair()), Command.by("A", new TwistAdd(null, draft)),
            T0 + MIN);

        Card card = added.state().round().card("t5").orElseThrow();
        assertEquals(List.of("labels arrive within a day", "PREMISE-reports are fast"), card.assumes(),
            "kept in the order written, trimmed");
        assertEquals(card.assumes(), Redaction.round(added.state(), "A").deck().stream()
            .filter(c -> c.id().equals("t5")).findFirst().orElseThrow().assumes());
        Outcome.Applied played = applied(added.state(), Command.by("A", new TwistPlay(null, "t5")), T0 + 2 * MIN);
        String candidateView = Codec.encode(new dev.curveball.protocol.ServerMessage.Event(1, 1,
            played.events().get(0).event())) + Codec.mapper().valueToTree(Redaction.round(played.state(), "B"));
        assertFalse(candidateView.contains("PREMISE"), "a played card's premises stay with the interviewer");
    }

    @Test
    void aCardWithoutPremisesShowsNone() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new TwistAdd(null,
            new DeckFile.CardDraft("cost", "Budget cut", "Half the budget.", "Caching."))), T0).state();

        assertEquals(List.of(), room.round().card("t5").orElseThrow().assumes());
        assertNull(Redaction.round(room, "A").deck().get(4).assumes(), "absent from the wire, not an empty list");
    }

    @Test
    void premisesAreCheckedLikeEveryOtherCardField() {
        RoomState room = InterviewFixture.pair();
        String tooLong = "x".repeat(RoomFixture.LIMITS.maxCardChars() + 1);

        Outcome.Rejected longOne = rejected(room, Command.by("A", new TwistAdd(null, premises(List.of("ok", tooLong)))),
            T0);
        Outcome.Rejected tooMany = rejected(room, Command.by("A", new DeckImport(null, new DeckFile(
            List.of(premises(List.of("a", "b", "c", "d", "e"))), List.of()))), T0);
        Outcome.Rejected blank = rejected(room, Command.by("A", new DeckImport(null, new DeckFile(
            List.of(premises(List.of("labels arrive within a day", " "))), List.of()))), T0);

        assertEquals(ErrorCode.TOO_LARGE, longOne.code());
        assertEquals("card.assumes[1]: at most " + RoomFixture.LIMITS.maxCardChars() + " characters",
            longOne.message());
        assertEquals(ErrorCode.TOO_LARGE, tooMany.code());
        assertEquals("deck.twists[0].assumes: at most 4 premises", tooMany.message());
        assertEquals(ErrorCode.BAD_MESSAGE, blank.code());
        assertEquals("deck.twists[0].assumes[1]: missing or blank", blank.message());
    }

    private static DeckFile.CardDraft premises(List<String> assumes) {
        return new DeckFile.CardDraft("cost", "Budget cut", "Half.", "", null, null, null, assumes);
    }

    @Test
    void theCandidateCannotAddCards() {
        assertEquals(ErrorCode.FORBIDDEN, rejected(InterviewFixture.pair(), Command.by("B", new TwistAdd(null,
            new DeckFile.CardDraft("cost", "Budget cut", "Half.", ""))), T0).code());
    }

    @Test
    void aRevealedClarificationJoinsTheTimelineAndTheCandidatesView() {
        RoomState room = running(InterviewFixture.pair());
        assertTrue(Redaction.round(room, "B").clarifications().isEmpty(), "the candidate gets answers by asking");

        Outcome.Applied reveal = applied(room, Command.by("A", new FactReveal(null, "q2")), T0 + 3 * MIN);

        TimelineEntry entry = ((RoomEvent.FactRevealed) reveal.events().get(0).event()).entry();
        assertEquals("ANSWER-q2-R1", entry.text());
        assertEquals("Clarify", entry.phase());
        assertEquals(List.of("q2"), Redaction.round(reveal.state(), "B").clarifications().stream()
            .map(c -> c.id()).toList());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(reveal.state(), Command.by("A", new FactReveal(null, "q2")), T0 + 4 * MIN).code());
        assertEquals(ErrorCode.FORBIDDEN,
            rejected(room, Command.by("B", new FactReveal(null, "q1")), T0 + 4 * MIN).code());
    }

    @Test
    void theCandidatesViewHasNoDeckAndTheInterviewersHasAll() {
        RoomState room = running(InterviewFixture.pair());

        assertNull(Redaction.round(room, "B").deck());
        assertNotNull(Redaction.round(room, "A").deck());
        assertEquals(4, Redaction.round(room, "A").deck().size());
    }

    @Test
    void observersFollowTheCandidateUnlessTheHostLetsThemShadow() {
        RoomState group = running(InterviewFixture.group());
        assertNull(Redaction.round(group, "C").deck());

        Outcome.Applied shadow = applied(group, Command.by("A", new SettingsSet(null, null, true)), T0 + MIN);

        assertNotNull(Redaction.round(shadow.state(), "C").deck());
        assertTrue(shadow.events().stream().anyMatch(e -> e.event() instanceof RoomEvent.RoundChanged changed
            && changed.round().deck() != null && e.audience().admits(new Viewer("C", null, false))),
            "observers receive the deck the moment they may shadow");
        assertEquals(ErrorCode.FORBIDDEN,
            rejected(shadow.state(), Command.by("C", new TwistPlay(null, "t1")), T0 + MIN).code(),
                "shadowing is watching");
    }
}

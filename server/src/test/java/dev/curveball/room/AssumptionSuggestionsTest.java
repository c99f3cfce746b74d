package dev.curveball.room;

import static dev.curveball.room.AssumptionFixture.by;
import static dev.curveball.room.AssumptionFixture.stated;
import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.AssumptionMessages.AssumptionWithdraw;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.TwistMessages.TwistAdd;
import dev.curveball.protocol.TwistMessages.TwistPlay;
import dev.curveball.protocol.TwistMessages.TwistSchedule;
import dev.curveball.protocol.view.DeckFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a card is played, the interviewer alone learns which open assumptions it may break. In the fixture A
 * interviews, B is the candidate, C and D observe (group).
 */
class AssumptionSuggestionsTest {

    // --- suggestions when a card is played ---

    @Test
    void aPlayedCardSuggestsTheOpenAssumptionsItMayBreakToTheInterviewersSideOnly() {
        RoomState room = stated(stated(running(InterviewFixture.group()), "B", "Labels arrive within a day"),
            "B", "We serve from one region");
        room = stated(room, "B", "Chargebacks are labelled quickly");
        room = applied(room, by("B", new AssumptionWithdraw(null, "a3")), T0 + 2 * MIN).state();

        Outcome.Applied play = applied(room, by("A", new TwistPlay(null, "t1")), T0 + 10 * MIN);

        assertEquals(2, play.events().size(), "twist.played, then the suggestion");
        LoggedEvent suggested = play.events().get(1);
        assertEquals(new RoomEvent.AssumptionSuggested("t1", List.of("a1")), suggested.event(),
            "a label-delay card meets the labels; not the region, not the withdrawn a3");
        assertTrue(suggested.audience().admits(RoomFixture.viewer(play.state(), "A")));
        for (String candidateSide : List.of("B", "C", "D")) {
            assertFalse(suggested.audience().admits(RoomFixture.viewer(play.state(), candidateSide)), candidateSide);
        }
        assertEquals(List.of("a1"), Redaction.round(play.state(), "A").deck().stream()
            .filter(c -> c.id().equals("t1")).findFirst().orElseThrow().played().suggests());
        assertNull(Redaction.round(play.state(), "B").deck(), "the candidate has no deck to find it in");
    }

    @Test
    void aCardThatMeetsNoOpenAssumptionPlaysWithoutASuggestion() {
        RoomState room = stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day");

        Outcome.Applied play = applied(room, by("A", new TwistPlay(null, "t3")), T0 + 10 * MIN);

        assertEquals(List.of("TwistPlayed"), RoomFixture.kinds(play));
        assertNull(Redaction.round(play.state(), "A").deck().stream().filter(c -> c.id().equals("t3")).findFirst()
            .orElseThrow().played().suggests());
    }

    @Test
    void aCardSuggestsAnAssumptionThatMeetsOnlyThePremiseItNames() {
        RoomState room = stated(running(InterviewFixture.pair()), "B", "Merchants share their catalogue with us");
        room = applied(room, by("A", new TwistAdd(null, new DeckFile.CardDraft("cost", "Budget cut",
            "Finance halves the serving budget.", "Trade model size for caching.", null, null, null,
            List.of("the catalogue is complete")))), T0 + 2 * MIN).state();
        String added = room.round().deck().get(room.round().deck().size() - 1).id();

        Outcome.Applied play = applied(room, by("A", new TwistPlay(null, added)), T0 + 10 * MIN);

        assertEquals(new RoomEvent.AssumptionSuggested(added, List.of("a1")), play.events().get(1).event());
    }

    @Test
    void aCardPlayedByItsScheduleSuggestsToo() {
        RoomState room = applied(InterviewFixture.pair(), by("A", new TwistSchedule(null, "t1", 10, null)), T0)
            .state();
        room = stated(running(room), "B", "Labels arrive within a day");

        Outcome.Applied tick = applied(room, new Command.Tick(), T0 + 10 * MIN);

        assertEquals(List.of("TwistPlayed", "AssumptionSuggested"), RoomFixture.kinds(tick));
        assertEquals(List.of("a1"), tick.state().round().card("t1").orElseThrow().suggests());
    }
}

package dev.curveball.room;

import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static dev.curveball.room.RoomFixture.pair;
import static dev.curveball.room.RoomFixture.rejected;
import static dev.curveball.room.RoomFixture.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.PromptSet;
import dev.curveball.protocol.TimerMessages.TimerReset;
import dev.curveball.protocol.TimerMessages.TimerStart;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptTest {

    @Test
    void onlyTheHostCanChangeThePrompt() {
        RoomState room = pair();

        assertEquals(ErrorCode.FORBIDDEN, rejected(room, Command.by("B", new PromptSet(null, "t", "x")), T0).code());
    }

    @Test
    void beforeTheRoundTheCandidateSeesThePromptTitleButNotItsText() {
        RoomState room = applied(pair(), Command.by("A", new PromptSet(null, "Ads ranking", "Rank 1M ads in 50 ms.")),
            T0)
            .state();

        assertEquals("Rank 1M ads in 50 ms.", Redaction.snapshot(room, viewer(room, "A")).prompt().text());
        assertEquals("Ads ranking", Redaction.snapshot(room, viewer(room, "B")).prompt().title());
        assertNull(Redaction.snapshot(room, viewer(room, "B")).prompt().text());
    }

    @Test
    void aPromptChangeBeforeTheRoundCarriesItsTextOnlyToTheHostAndInterviewer() {
        RoomState room = applied(pair(), join("C", INVITE_TOKEN), T0).state();

        Outcome.Applied changed = applied(room, Command.by("A", new PromptSet(null, "Ads ranking", "Rank 1M ads.")),
            T0);

        List<LoggedEvent> events = changed.events().stream()
            .filter(e -> e.event() instanceof RoomEvent.PromptChanged).toList();
        assertEquals(2, events.size(), "one rendering with the text, one without");
        for (String who : List.of("A", "B", "C")) {
            Viewer viewer = viewer(changed.state(), who);
            List<LoggedEvent> seen = events.stream().filter(e -> Redaction.mayReceive(e, viewer)).toList();
            assertEquals(1, seen.size(), who + " receives exactly one rendering");
            String text = ((RoomEvent.PromptChanged) seen.get(0).event()).prompt().text();
            assertEquals(who.equals("A") ? "Rank 1M ads." : null, text, "text for " + who);
        }
    }

    @Test
    void startingTheTimerRevealsThePromptToEveryone() {
        Outcome.Applied started = applied(pair(), Command.by("A", new TimerStart(null)), T0);

        assertTrue(started.state().prompt().revealed());
        LoggedEvent reveal = started.events().get(0);
        assertEquals(Audience.EVERYONE, reveal.audience());
        assertEquals("Design a fraud detection pipeline.",
            ((RoomEvent.PromptRevealed) reveal.event()).prompt().text());
        assertEquals("Design a fraud detection pipeline.",
            Redaction.snapshot(started.state(), viewer(started.state(), "B")).prompt().text());
    }

    @Test
    void aRevealedPromptStaysRevealedAfterAReset() {
        RoomState room = applied(pair(), Command.by("A", new TimerStart(null)), T0).state();
        Outcome.Applied reset = applied(room, Command.by("A", new TimerReset(null, null)), T0);
        Outcome.Applied restarted = applied(reset.state(), Command.by("A", new TimerStart(null)), T0);

        assertTrue(reset.state().prompt().revealed());
        assertFalse(restarted.events().stream().anyMatch(e -> e.event() instanceof RoomEvent.PromptRevealed),
            "revealed once");
    }
}

package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.SeatsSet;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.view.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whoever sits in the interviewer's seat reads the deck, so every seat move in a round is written into its
 * timeline, which everyone reads and the report keeps: a host in the candidate's seat cannot peek unseen.
 */
class SeatMovesTest {

    /** A, the host, chose the candidate's seat; B interviews. */
    private static RoomState hostAsCandidate() {
        RoomState room = RoomFixture.newRoom(Role.CANDIDATE, Mode.PAIR, InterviewFixture.material("card-fraud", "R1"));
        room = applied(room, join("A", HOST_TOKEN), T0).state();
        return applied(room, join("B", INVITE_TOKEN), T0).state();
    }

    @Test
    void aHostWhoMovesIntoTheInterviewersSeatAndBackLeavesBothMovesInEveryonesTimeline() {
        RoomState room = hostAsCandidate();
        assertNull(Redaction.round(room, "A").deck(), "the candidate has no deck");

        Outcome.Applied peek = applied(room, Command.by("A", new SeatsSet(null, "A", "B", null)), T0 + 1_000);
        assertTrue(Redaction.round(peek.state(), "A").deck() != null, "the interviewer's seat reads the deck");
        Outcome.Applied back = applied(peek.state(), Command.by("A", new SeatsSet(null, "B", "A", null)), T0 + 2_000);

        List<TimelineEntry> seenByB = Redaction.round(back.state(), "B").timeline();
        assertEquals(List.of("seats-1", "seats-2"), seenByB.stream().map(TimelineEntry::ref).toList());
        assertEquals("Interviewer: A · Candidate: B · by A. B was on the interviewer's side until now and has seen "
            + "this round's deck.", seenByB.get(0).text(), "a swap tells that the new candidate knows the deck");
        assertEquals("Interviewer: B · Candidate: A · by A. A was on the interviewer's side until now and has seen "
            + "this round's deck.", seenByB.get(1).text());
        assertEquals(seenByB, Redaction.round(back.state(), "A").timeline(), "the same timeline for everyone");
        assertTrue(back.events().stream().anyMatch(e -> e.event() instanceof RoomEvent.RoundChanged changed
                && changed.round().timeline().size() == 2 && e.audience().admits(new Viewer("B", Role.INTERVIEWER,
                false))),
            "the interviewer is told at once");

        String report = RoundReport.markdown(applied(back.state(), Command.by("B", new TimerStart(null)), T0 + 3_000)
            .state(), 1, "B").orElseThrow();
        assertTrue(report.contains("Seats: **Seats changed**: Interviewer: B · Candidate: A · by A. A was on the "
            + "interviewer's side"), report);
    }

    @Test
    void reorderingMembersWithoutMovingASeatIsNotASeatMove() {
        RoomState group = InterviewFixture.group();

        RoomState reordered = applied(group, Command.by("A", new SeatsSet(null, "A", "B", List.of("B", "A", "D", "C"))),
            T0).state();

        assertTrue(reordered.round().timeline().isEmpty());
        RoomState moved = applied(reordered, Command.by("A", new SeatsSet(null, "C", "D", null)), T0).state();
        assertEquals(1, moved.round().timeline().size());
        assertFalse(moved.round().timeline().get(0).text().contains("has seen"),
            "D observed without shadowing: D never saw the deck");
    }
}

package dev.curveball.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.curveball.protocol.Codec;
import dev.curveball.protocol.DocName;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.PhaseView;
import dev.curveball.protocol.view.TimerView;
import dev.curveball.room.Audience;
import dev.curveball.room.LoggedEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command's events cross the event bus as finished frames, and arrive as the sockets must receive them. */
class EventBatchTest {

    @Test
    void eachEventArrivesWithItsNumberAudienceAndTheFrameASocketReceives() {
        LoggedEvent typed = new LoggedEvent(41, 1_000, Audience.EVERYONE, new RoomEvent.NotesEdited(DocName.SHARED,
            7, TextOperation.builder().insert("line one\nline two\r\n\u2028").build(), "p-1", "c-1", 3));
        LoggedEvent seated = new LoggedEvent(42, 1_001, new Audience.Participants(List.of("p-1")),
            new RoomEvent.SeatsChanged(Map.of("p-1", Role.INTERVIEWER), "p-1"));

        List<FeedEvent> arrived = EventBatch.decode(EventBatch.encode(List.of(typed, seated)));

        assertEquals(2, arrived.size());
        for (int i = 0; i < 2; i++) {
            LoggedEvent sent = List.of(typed, seated).get(i);
            assertEquals(sent.seq(), arrived.get(i).seq());
            assertEquals(sent.audience(), arrived.get(i).audience());
            assertEquals(Codec.encode(new ServerMessage.Event(sent.seq(), sent.at(), sent.event())),
                arrived.get(i).frame(), "newlines in the notes stay inside their frame");
        }
        assertNull(arrived.get(0).seats(), "a notes edit seats nobody");
        assertNull(arrived.get(0).clockRuns(), "a notes edit leaves the clock alone");
        assertEquals(Map.of("p-1", Role.INTERVIEWER), arrived.get(1).seats(),
            "the seats a node acts on arrive beside the frame, with no need to read it");
        assertEquals(Role.INTERVIEWER, arrived.get(1).seatOf("p-1", Role.OBSERVER));
        assertEquals(Role.OBSERVER, arrived.get(1).seatOf("p-2", Role.OBSERVER));
    }

    @Test
    void aTimerChangeSaysWhetherTheClockNowRuns() {
        TimerView running = new TimerView(60_000, TimerView.State.RUNNING, 60_000, 1_000, 0,
            List.of(new PhaseView("Clarify", 60_000)), 0);
        LoggedEvent started = new LoggedEvent(7, 1_000, Audience.EVERYONE,
            new RoomEvent.TimerChanged(RoomEvent.TimerChange.STARTED, running, "p-1"));
        LoggedEvent paused = new LoggedEvent(8, 2_000, Audience.EVERYONE, new RoomEvent.TimerChanged(
            RoomEvent.TimerChange.PAUSED, new TimerView(60_000, TimerView.State.PAUSED, 59_000, 2_000, 0,
                List.of(new PhaseView("Clarify", 60_000)), 1_000), "p-1"));

        List<FeedEvent> arrived = EventBatch.decode(EventBatch.encode(List.of(started, paused)));

        assertEquals(Boolean.TRUE, arrived.get(0).clockRuns());
        assertEquals(Boolean.FALSE, arrived.get(1).clockRuns());
        assertNull(arrived.get(0).seats());
    }
}

package dev.curveball.events;

import dev.curveball.protocol.Codec;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.room.Audience;
import dev.curveball.room.LoggedEvent;
import java.util.Map;

/**
 * A room event as it reaches a node: its number, its audience, its wire frame (encoded once where the command ran,
 * however many nodes and sockets receive it), and the three facts a node acts on without reading the event: the
 * seats it gives, whether the room's clock now runs, and whom it removes from the room.
 *
 * @param seats     every participant's seat after a seats change; null for other events
 * @param clockRuns whether the timer runs after a timer change; null for other events
 * @param removes   the participant this event removes from the room, whose sockets must close; null for others
 */
public record FeedEvent(long seq, Audience audience, String frame, Map<String, Role> seats, Boolean clockRuns,
                        String removes) {

    /** An event as the room logged it, encoded for the wire here. */
    public static FeedEvent of(LoggedEvent logged) {
        RoomEvent event = logged.event();
        Map<String, Role> seats = event instanceof RoomEvent.SeatsChanged changed ? changed.seats() : null;
        Boolean clockRuns = event instanceof RoomEvent.TimerChanged changed
            ? changed.timer().state() == dev.curveball.protocol.view.TimerView.State.RUNNING
            : null;
        String removes = event instanceof RoomEvent.ParticipantRemoved removed ? removed.participant() : null;
        String frame = Codec.encode(new ServerMessage.Event(logged.seq(), logged.at(), event));
        return new FeedEvent(logged.seq(), logged.audience(), frame, seats, clockRuns, removes);
    }

    /** The seat this event gives {@code participant}, or {@code current} when it does not seat anyone. */
    public Role seatOf(String participant, Role current) {
        return seats == null ? current : seats.getOrDefault(participant, current);
    }
}

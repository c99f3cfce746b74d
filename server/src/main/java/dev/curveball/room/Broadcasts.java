package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.view.TimelineEntry;
import java.util.Optional;

/** The host speaks to the whole room: a banner now, and an entry in the round's timeline and report. */
final class Broadcasts {
    static final String ENTRY = "broadcast";

    private Broadcasts() {
    }

    static Outcome broadcast(RoomState state, Command.Broadcast broadcast, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.hostOnly(state, broadcast.by(), "broadcast a message");
        if (refused.isPresent()) {
            return refused.get();
        }
        String message = broadcast.message() == null ? "" : broadcast.message().strip();
        if (message.isEmpty()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "message: write what everyone should read");
        }
        if (message.length() > state.limits().maxCardChars()) {
            return Room.reject(ErrorCode.TOO_LARGE,
                "message: at most " + state.limits().maxCardChars() + " characters");
        }
        String from = state.participant(broadcast.by()).map(Participant::name).orElse("Host");
        long earlier = state.round().timeline().stream().filter(e -> ENTRY.equals(e.kind())).count();
        Moment moment = Moment.of(state.timer(), changes.now());
        TimelineEntry entry = new TimelineEntry(ENTRY, ENTRY + "-" + (earlier + 1), null, from, message,
            moment.at(), moment.elapsedMs(), moment.phase());
        changes.emit(Audience.EVERYONE, new RoomEvent.Broadcast(entry));
        return changes.applied(state.withRound(r -> r.withEntry(entry)), broadcast.by());
    }
}

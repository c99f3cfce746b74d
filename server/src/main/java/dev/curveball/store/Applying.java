package dev.curveball.store;

import dev.curveball.events.EventBatch;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.room.Command;
import dev.curveball.room.LoggedEvent;
import dev.curveball.room.Outcome;
import dev.curveball.room.Room;
import dev.curveball.room.RoomState;
import java.util.List;
import java.util.Map;

/** What every processor that applies a command does to the entry: the same on the owner and on each backup. */
final class Applying {
    private Applying() {
    }

    /** Applies the command; answers the outcome, with the state only if {@code withState} (a join's welcome). */
    static Result apply(Map.Entry<String, RoomState> entry, Command command, long now, boolean withState) {
        RoomState state = entry.getValue();
        if (state == null) {
            return new Result.Refused(ErrorCode.UNKNOWN_ROOM, "there is no room with this id");
        }
        Outcome outcome = Room.apply(state, command, now);
        if (outcome instanceof Outcome.Applied applied) {
            if (!applied.events().isEmpty() || applied.state() != state) {
                // A plain setValue also ends the short life a room has until its first join (see CreateRoom).
                entry.setValue(applied.state());
            }
            List<LoggedEvent> events = applied.events();
            String batch = events.isEmpty() ? null : EventBatch.encode(events);
            if (withState) {
                return new Result.Joined(applied.state(), applied.actor(), batch);
            }
            Long seq = events.isEmpty() ? null : events.get(events.size() - 1).seq();
            return new Result.Applied(applied.actor(), seq, revisionMade(events), batch);
        }
        Outcome.Rejected rejected = (Outcome.Rejected) outcome;
        return new Result.Refused(rejected.code(), rejected.message());
    }

    /** The document revision a notes edit made; absent for other commands and for resent edits. */
    private static Long revisionMade(List<LoggedEvent> events) {
        for (LoggedEvent logged : events) {
            if (logged.event() instanceof RoomEvent.NotesEdited edited) {
                return edited.rev();
            }
        }
        return null;
    }
}

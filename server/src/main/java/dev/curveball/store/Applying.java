package dev.curveball.store;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.Command;
import dev.curveball.room.Outcome;
import dev.curveball.room.Room;
import dev.curveball.room.RoomState;
import java.util.Map;
import java.util.function.Function;

/** What every processor that applies a command does to the entry: the same on the owner and on each backup. */
final class Applying {
    private Applying() {
    }

    static Result apply(Map.Entry<String, RoomState> entry, Command command, long now,
                        Function<Outcome.Applied, Result> answer) {
        RoomState state = entry.getValue();
        if (state == null) {
            return new Result.Refused(ErrorCode.UNKNOWN_ROOM, "there is no room with this id");
        }
        Outcome outcome = Room.apply(state, command, now);
        if (outcome instanceof Outcome.Applied applied) {
            if (!applied.events().isEmpty() || applied.state() != state) {
                entry.setValue(applied.state());
            }
            return answer.apply(applied);
        }
        Outcome.Rejected rejected = (Outcome.Rejected) outcome;
        return new Result.Refused(rejected.code(), rejected.message());
    }
}

package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import java.util.List;

/**
 * The room state machine: {@code apply(state, command, now) -> outcome}. Pure and deterministic (no clock, no
 * randomness, no I/O), because Hazelcast runs it on the partition owner and again on every backup.
 */
public final class Room {
    private Room() {
    }

    /** A new room; nothing has happened in it yet ({@code seq} 0). */
    public static RoomState create(String id, RoomSpec spec, Access access, RoomLimits limits, long now) {
        return new RoomState(id, spec.title(), spec.mode(), spec.creatorSeat(), 0, List.of(), spec.prompt(),
            Timer.idle(spec.durationMs(), now), Notes.EMPTY, access, limits, List.of());
    }

    public static Outcome apply(RoomState state, Command command, long now) {
        Changes changes = new Changes(state, now);
        // Java 17 has no pattern switch; this chain is the one dispatch over the sealed Command type.
        if (command instanceof Command.Join join) {
            return Membership.join(state, join, changes);
        } else if (command instanceof Command.Disconnect disconnect) {
            return Membership.disconnect(state, disconnect, changes);
        } else if (command instanceof Command.DropConnections drop) {
            return Membership.dropConnections(state, drop, changes);
        } else if (command instanceof Command.SetPrompt setPrompt) {
            return PromptRules.set(state, setPrompt, changes);
        } else if (command instanceof Command.StartTimer start) {
            return TimerRules.start(state, start, changes);
        } else if (command instanceof Command.PauseTimer pause) {
            return TimerRules.pause(state, pause, changes);
        } else if (command instanceof Command.ResumeTimer resume) {
            return TimerRules.resume(state, resume, changes);
        } else if (command instanceof Command.ResetTimer reset) {
            return TimerRules.reset(state, reset, changes);
        } else if (command instanceof Command.EditNotes edit) {
            return NotesRules.edit(state, edit, changes);
        }
        throw new IllegalArgumentException("no rule for " + command.getClass().getSimpleName());
    }

    static Outcome.Rejected reject(ErrorCode code, String message) {
        return new Outcome.Rejected(code, message);
    }
}

package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.TwistMessages;
import java.util.Optional;

/** Clarifications: the candidate learns an answer only by asking, when the interviewer reveals it to the room. */
final class FactRules {
    private FactRules() {
    }

    static Outcome reveal(RoomState state, String by, TwistMessages.FactReveal command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.interviewerOnly(state, by, "reveal an answer");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Clarification> found = state.round().clarification(command.clarification());
        if (found.isEmpty()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "this round has no clarification " + command.clarification());
        }
        if (!state.round().running()) {
            return Room.reject(ErrorCode.INVALID_STATE, "answers are revealed while the round runs");
        }
        if (found.get().revealed() != null) {
            return Room.reject(ErrorCode.INVALID_STATE, command.clarification() + " has already been revealed");
        }
        Clarification revealed = found.get().reveal(Moment.of(state.timer(), changes.now()));
        changes.emit(Audience.EVERYONE, new RoomEvent.FactRevealed(revealed.entry()));
        RoomState after = state.withRound(r -> r.withClarifications(r.clarifications().stream()
            .map(c -> c.id().equals(revealed.id()) ? revealed : c).toList()).withEntry(revealed.entry()));
        return changes.applied(after, by);
    }
}

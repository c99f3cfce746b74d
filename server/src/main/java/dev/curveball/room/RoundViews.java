package dev.curveball.room;

import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Sends {@code round.changed} to the sides whose view of the round changed, each rendered by {@link Redaction}.
 * Private renderings are addressed by participant id, fixed when the event happens.
 */
final class RoundViews {
    /** The three renderings of a round: the interviewer's side, the candidate, and everyone else. */
    enum Side { INTERVIEWER, CANDIDATE, BYSTANDERS }

    static final EnumSet<Side> ALL = EnumSet.allOf(Side.class);

    /** The id no participant has: how the state looks to a bystander who is nobody in particular. */
    private static final String NOBODY = "";

    private RoundViews() {
    }

    static void announce(RoomState state, Changes changes, EnumSet<Side> sides) {
        List<String> inside = Sides.interviewerSide(state);
        Optional<String> candidate = state.holder(Role.CANDIDATE).map(Participant::id);
        if (sides.contains(Side.INTERVIEWER) && !inside.isEmpty()) {
            changes.emit(new Audience.Participants(inside),
                new RoomEvent.RoundChanged(Redaction.round(state, inside.get(0))));
        }
        if (sides.contains(Side.CANDIDATE) && candidate.isPresent()) {
            changes.emit(new Audience.Participant(candidate.get()),
                new RoomEvent.RoundChanged(Redaction.round(state, candidate.get())));
        }
        if (sides.contains(Side.BYSTANDERS)) {
            List<String> others = new ArrayList<>(inside);
            candidate.ifPresent(others::add);
            changes.emit(new Audience.Except(new Audience.Participants(others)),
                new RoomEvent.RoundChanged(Redaction.round(state, NOBODY)));
        }
    }
}

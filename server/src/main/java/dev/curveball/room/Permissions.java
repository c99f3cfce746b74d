package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import java.util.Optional;

/** Who may do what. Each check answers with the refusal to send, or empty when allowed. */
final class Permissions {
    private Permissions() {
    }

    static Optional<Outcome.Rejected> hostOnly(RoomState state, String by, String what) {
        boolean allowed = state.participant(by).map(Participant::host).orElse(false);
        return allowed ? Optional.empty() : Optional.of(Room.reject(ErrorCode.FORBIDDEN, "only the host can " + what));
    }

    static Optional<Outcome.Rejected> hostOrInterviewer(RoomState state, String by, String what) {
        boolean allowed = state.participant(by).map(p -> p.host() || p.role() == Role.INTERVIEWER).orElse(false);
        return allowed
            ? Optional.empty()
            : Optional.of(Room.reject(ErrorCode.FORBIDDEN, "only the host or the interviewer can " + what));
    }

    /** The current interviewer seat, whatever the holder's capability: a host in the candidate's seat may not peek. */
    static Optional<Outcome.Rejected> interviewerOnly(RoomState state, String by, String what) {
        return seatOnly(state, by, Role.INTERVIEWER, what);
    }

    static Optional<Outcome.Rejected> seatOnly(RoomState state, String by, Role role, String what) {
        boolean allowed = state.participant(by).map(p -> p.role() == role).orElse(false);
        return allowed
            ? Optional.empty()
            : Optional.of(Room.reject(ErrorCode.FORBIDDEN, "only the " + role.name().toLowerCase(java.util.Locale.ROOT)
                + " can " + what));
    }
}

package dev.curveball.room;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import java.util.List;
import java.util.Optional;

/**
 * Who sits where in the next round. A pair swaps. A group moves both seats one step along the member order, so
 * the candidate becomes the interviewer and the next member the candidate; over as many rounds as there are
 * members, everyone is candidate once and interviewer once. Members who are offline are skipped while at least two
 * are online.
 */
public final class Rotation {
    /** The interviewer and candidate of a round, by participant id. */
    public record Seats(String interviewer, String candidate) {
    }

    private Rotation() {
    }

    public static Seats next(RoomState state) {
        Optional<Participant> interviewer = state.holder(Role.INTERVIEWER);
        Optional<Participant> candidate = state.holder(Role.CANDIDATE);
        if (state.mode() == Mode.PAIR && interviewer.isPresent() && candidate.isPresent()) {
            return new Seats(candidate.get().id(), interviewer.get().id());
        }
        List<Participant> members = state.participants().stream()
            .filter(p -> !state.access().watcher(p.id()))
            .toList();
        List<Participant> online = members.stream().filter(Participant::online).toList();
        List<Participant> pool = online.size() >= 2 ? online : members;
        if (pool.size() < 2) {
            return new Seats(interviewer.map(Participant::id).orElse(null),
                candidate.map(Participant::id).orElse(null));
        }
        int from = interviewer.map(members::indexOf).orElse(members.size() - 1);
        Participant nextInterviewer = after(members, pool, from);
        Participant nextCandidate = after(members, pool, members.indexOf(nextInterviewer));
        return new Seats(nextInterviewer.id(), nextCandidate.id());
    }

    /** The first member of {@code pool} after position {@code from} of the member order, wrapping around. */
    private static Participant after(List<Participant> members, List<Participant> pool, int from) {
        for (int step = 1; step <= members.size(); step++) {
            Participant next = members.get((from + step) % members.size());
            if (pool.contains(next)) {
                return next;
            }
        }
        throw new IllegalStateException("the pool is not part of the members");
    }
}

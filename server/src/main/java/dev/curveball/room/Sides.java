package dev.curveball.room;

import dev.curveball.protocol.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The two sides of the table. The interviewer's side is the interviewer, plus observers while the host lets them
 * shadow; it sees the deck, the guidance and the clarification answers. Everyone else is on the candidate's side.
 * Decided from the room state alone, never from what a socket believes its seat is.
 */
final class Sides {
    private Sides() {
    }

    static boolean interviewerSide(RoomState state, String participantId) {
        Role role = state.roleOf(participantId);
        return role == Role.INTERVIEWER || role == Role.OBSERVER && state.settings().shadow()
            && state.participant(participantId).isPresent();
    }

    static List<String> interviewerSide(RoomState state) {
        List<String> ids = new ArrayList<>();
        for (Participant p : state.participants()) {
            if (interviewerSide(state, p.id())) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    static Audience interviewerSideAudience(RoomState state) {
        return new Audience.Participants(interviewerSide(state));
    }
}

package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import java.util.Optional;

/**
 * The host takes access back: resets the invite link, and removes a participant. Removing someone always resets the
 * invite link as well, because the link they hold would otherwise bring them straight back as a new participant
 * under any name; a name-based ban would be undone by typing another name. People already in the room keep their
 * seats and, through their resume secrets, can still reconnect.
 */
final class Revocation {
    private Revocation() {
    }

    static Outcome revoke(RoomState state, Command.Revoke revoke, Changes changes) {
        String what = revoke.participant() == null ? "reset the invite link" : "remove a participant";
        Optional<Outcome.Rejected> refused = Permissions.hostOnly(state, revoke.by(), what);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (revoke.newInviteHash() == null || revoke.newInviteHash().isBlank()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "a new invite link is required");
        }
        RoomState after = state;
        if (revoke.participant() != null) {
            Optional<Participant> removed = state.participant(revoke.participant());
            if (removed.isEmpty()) {
                return Room.reject(ErrorCode.BAD_MESSAGE, "participant: nobody in this room is " + revoke.participant());
            }
            if (removed.get().host()) {
                return Room.reject(ErrorCode.FORBIDDEN, removed.get().id().equals(revoke.by())
                    ? "you cannot remove yourself" : "a participant who entered with the host link cannot be removed");
            }
            after = after.withParticipants(after.participants().stream()
                .filter(p -> !p.id().equals(revoke.participant()))
                .toList())
                .withAccess(after.access().withoutPersonal(revoke.participant()));
            changes.emit(Audience.EVERYONE, new RoomEvent.ParticipantRemoved(revoke.participant(), revoke.by()));
            if (removed.get().role() != Role.OBSERVER) {
                RoundViews.announce(after, changes, RoundViews.ALL); // the seat they held is free now
            }
        }
        after = after.withAccess(after.access().withInvite(revoke.newInviteHash()));
        changes.emit(Audience.EVERYONE, new RoomEvent.InviteReset(revoke.by()));
        return changes.applied(after, revoke.by());
    }
}

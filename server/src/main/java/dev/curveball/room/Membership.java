package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import java.util.List;
import java.util.Optional;

/** Joining, returning and leaving: who holds which seat, and who is online. */
final class Membership {
    static final String LINK_RESET_MESSAGE = "the host has reset this invite link; ask them for the new one";

    private Membership() {
    }

    static Outcome join(RoomState state, Command.Join join, Changes changes) {
        Access.Capability capability = state.access().open(join.tokenHash());
        if (capability == Access.Capability.NONE) {
            return Room.reject(ErrorCode.BAD_TOKEN, "this link does not open the room");
        }
        Optional<Participant> retried = state.participant(join.newParticipantId());
        if (retried.isPresent()) {
            // The same join again: Hazelcast retried it after the member that ran it died before answering.
            return changes.applied(state, retried.get().id());
        }
        Optional<Participant> returning = join.resumeSecretHash() == null
            ? Optional.empty()
            : state.participantWithSecret(join.resumeSecretHash());
        if (returning.isPresent()) {
            // Someone who joined with an invite link the host has since reset still comes back with their secret.
            return reconnect(state, returning.get(), join.connection(), changes);
        }
        if (capability == Access.Capability.RETIRED) {
            return Room.reject(ErrorCode.LINK_RESET, LINK_RESET_MESSAGE);
        }
        if (capability == Access.Capability.PERSONAL) {
            // A personal link comes back as the participant it was made for, on any device: the newest join's
            // secret becomes theirs, and an older device that loses its secret still holds the link.
            Participant owner = state.access().personalFor(join.tokenHash()).flatMap(state::participant)
                .orElseThrow(() -> new IllegalStateException("a personal link names nobody in the room"));
            return reconnect(state, owner.withSecret(join.newSecretHash()), join.connection(), changes);
        }
        if (state.participants().size() >= state.limits().maxParticipants()) {
            return Room.reject(ErrorCode.ROOM_FULL,
                "the room already has its maximum of " + state.limits().maxParticipants() + " participants");
        }
        boolean host = capability == Access.Capability.HOST;
        Participant newcomer = new Participant(join.newParticipantId(), join.name(), seatFor(state, host), host,
            List.of(join.connection()), join.newSecretHash());
        changes.emit(Audience.EVERYONE, new RoomEvent.ParticipantJoined(newcomer.view()));
        RoomState after = state.withAdded(newcomer);
        if (newcomer.role() != Role.OBSERVER) {
            RoundViews.announce(after, changes, RoundViews.ALL); // the round names its seat holders
        }
        return changes.applied(after, newcomer.id());
    }

    /**
     * The creator's link takes the seat they chose; the first invitee takes the other one; everyone after that
     * observes. A seat stays held while its holder is offline, so a reload never loses it.
     */
    static Role seatFor(RoomState state, boolean host) {
        Role wanted = host ? state.creatorSeat() : state.creatorSeat().opposite();
        return state.seatTaken(wanted) ? Role.OBSERVER : wanted;
    }

    private static Outcome reconnect(RoomState state, Participant participant, String connection, Changes changes) {
        if (!participant.online()) {
            changes.emit(Audience.EVERYONE, new RoomEvent.PresenceChanged(participant.id(), true));
        }
        return changes.applied(state.withParticipant(participant.id(), p -> participant.connect(connection)),
            participant.id());
    }

    /** A node died or left: its sockets are gone, and whoever had no other socket is now offline. */
    static Outcome dropConnections(RoomState state, Command.DropConnections drop, Changes changes) {
        RoomState after = state;
        for (Participant participant : state.participants()) {
            List<String> gone = participant.connections().stream().filter(c -> c.startsWith(drop.prefix())).toList();
            if (gone.isEmpty()) {
                continue;
            }
            Participant left = participant;
            for (String connection : gone) {
                left = left.disconnect(connection);
            }
            if (!left.online()) {
                changes.emit(Audience.EVERYONE, new RoomEvent.PresenceChanged(left.id(), false));
            }
            Participant updated = left;
            after = after.withParticipant(updated.id(), p -> updated);
        }
        return changes.applied(after, null);
    }

    static Outcome disconnect(RoomState state, Command.Disconnect disconnect, Changes changes) {
        Optional<Participant> found = state.participant(disconnect.participant());
        if (found.isEmpty() || !found.get().connections().contains(disconnect.connection())) {
            return changes.applied(state, disconnect.participant());
        }
        Participant after = found.get().disconnect(disconnect.connection());
        if (!after.online()) {
            changes.emit(Audience.EVERYONE, new RoomEvent.PresenceChanged(after.id(), false));
        }
        return changes.applied(state.withParticipant(after.id(), p -> after), after.id());
    }
}

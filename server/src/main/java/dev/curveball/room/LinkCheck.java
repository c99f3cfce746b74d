package dev.curveball.room;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import java.util.Optional;

/**
 * What a link would open if its holder joined now, told before they give their name: the room's title, the host's
 * name and the seat they would take, or the refusal a join would get. The same rules as {@link Membership#join},
 * in the same order (the token first, then the resume secret, then the room's size), so the answer matches what
 * the join will do unless the room changes in between.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "check")
@JsonSubTypes({@JsonSubTypes.Type(LinkCheck.Opens.class), @JsonSubTypes.Type(LinkCheck.Refused.class)})
public sealed interface LinkCheck {

    /**
     * @param host the name of the participant who holds the host capability, or null before the host first entered
     * @param seat the seat the holder would take: a newcomer's by the seating rule, a returning participant's own
     * @param name the name a personal link was made for (the holder enters under it, with no name to type), or null
     */
    @JsonTypeName("opens")
    record Opens(String title, String host, Role seat, String name) implements LinkCheck {
        /** A room link, not a personal one. */
        public Opens(String title, String host, Role seat) {
            this(title, host, seat, null);
        }
    }

    @JsonTypeName("refused")
    record Refused(ErrorCode code, String message) implements LinkCheck {
    }

    /**
     * Reads, never changes, the room. {@code resumeSecretHash} may be null.
     */
    static LinkCheck of(RoomState state, String tokenHash, String resumeSecretHash) {
        Access.Capability capability = state.access().open(tokenHash);
        if (capability == Access.Capability.NONE) {
            return new Refused(ErrorCode.BAD_TOKEN, "this link does not open the room");
        }
        String host = state.participants().stream().filter(Participant::host).map(Participant::name)
            .findFirst().orElse(null);
        if (capability == Access.Capability.PERSONAL) {
            Optional<Participant> owner = state.access().personalFor(tokenHash).flatMap(state::participant);
            if (owner.isPresent()) {
                return new Opens(state.title(), host, owner.get().role(), owner.get().name());
            }
        }
        if (resumeSecretHash != null) {
            var returning = state.participantWithSecret(resumeSecretHash);
            if (returning.isPresent()) {
                return new Opens(state.title(), host, returning.get().role());
            }
        }
        if (capability == Access.Capability.RETIRED) {
            return new Refused(ErrorCode.LINK_RESET, Membership.LINK_RESET_MESSAGE);
        }
        if (state.participants().size() >= state.limits().maxParticipants()) {
            return new Refused(ErrorCode.ROOM_FULL,
                "the room already has its maximum of " + state.limits().maxParticipants() + " participants");
        }
        return new Opens(state.title(), host, Membership.seatFor(state, capability == Access.Capability.HOST));
    }
}

package dev.curveball.room;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage;

/**
 * A request to change a room, already authenticated at the edge as far as the transport can: the room itself checks
 * tokens, seats and capabilities. Anything random (ids, secrets, a drawn prompt) is chosen by the caller and passed
 * in, so that applying a command is deterministic.
 *
 * <p>What a participant asks for travels as the wire message itself ({@link Act}): each client command is declared
 * once, in {@link ClientMessage}. The other commands here come from the server: sockets joining and leaving, the
 * passing of time, a departed node, and the next round once the edge has drawn its prompt.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "command")
@JsonSubTypes({
    @JsonSubTypes.Type(Command.Act.class),
    @JsonSubTypes.Type(Command.Join.class),
    @JsonSubTypes.Type(Command.Disconnect.class),
    @JsonSubTypes.Type(Command.DropConnections.class),
    @JsonSubTypes.Type(Command.Tick.class),
    @JsonSubTypes.Type(Command.NextRound.class),
    @JsonSubTypes.Type(Command.Revoke.class),
    @JsonSubTypes.Type(Command.Broadcast.class),
})
public sealed interface Command {

    <R> R accept(Handler<R> handler);

    /** One method per command; {@link Room} implements them all, so a command without a rule does not compile. */
    interface Handler<R> {
        R act(Act act);

        R join(Join join);

        R disconnect(Disconnect disconnect);

        R dropConnections(DropConnections drop);

        R tick(Tick tick);

        R nextRound(NextRound next);

        R revoke(Revoke revoke);

        R broadcast(Broadcast broadcast);
    }

    /** A participant's command, as it came off the wire. */
    static Act by(String participant, ClientMessage.RoomCommand command) {
        return new Act(participant, command);
    }

    /** Participant {@code by} asks for {@code command}. */
    @JsonTypeName("act")
    record Act(String by, ClientMessage.RoomCommand command) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.act(this);
        }
    }

    /**
     * A socket enters the room. With a {@code resumeSecretHash} that matches a participant, it returns as that
     * participant; otherwise it becomes {@code newParticipantId} whose resume secret hashes to {@code newSecretHash}.
     */
    @JsonTypeName("join")
    record Join(String connection, String tokenHash, String name, String newParticipantId, String newSecretHash,
                String resumeSecretHash) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.join(this);
        }
    }

    /** A socket closed. */
    @JsonTypeName("disconnect")
    record Disconnect(String participant, String connection) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.disconnect(this);
        }
    }

    /** Every socket whose connection id starts with {@code prefix} is gone: its node left the cluster. */
    @JsonTypeName("drop-connections")
    record DropConnections(String prefix) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.dropConnections(this);
        }
    }

    /** Nothing but the passing of time: settles what is due (scheduled cards, phases that ran out). Idempotent. */
    @JsonTypeName("tick")
    record Tick() implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.tick(this);
        }
    }

    /**
     * Opens the next round with {@code material}, prepared by the caller (figures drawn, prompt picked). With
     * {@code avoidRepeat}, a prompt the next candidate already had here is refused, so the caller picks again.
     */
    @JsonTypeName("next-round")
    record NextRound(String by, RoundMaterial material, boolean avoidRepeat) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.nextRound(this);
        }
    }

    /**
     * The host {@code by} resets the invite link to one whose token hashes to {@code newInviteHash} (chosen at the
     * edge), and first removes {@code participant} from the room when it is not null.
     */
    @JsonTypeName("revoke")
    record Revoke(String by, String participant, String newInviteHash) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.revoke(this);
        }
    }

    /**
     * The host shows a message to everyone in the room, as a banner and in the round's timeline: a cohort's
     * organizer speaking to every room at once. Not a client message: it comes from the cohort board's HTTP API.
     */
    @JsonTypeName("broadcast")
    record Broadcast(String by, String message) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.broadcast(this);
        }
    }
}

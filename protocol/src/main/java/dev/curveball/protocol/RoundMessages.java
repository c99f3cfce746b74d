package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage.Command;
import dev.curveball.protocol.ClientMessage.RoomCommand;
import dev.curveball.protocol.view.PromptDraft;
import java.util.List;

/**
 * A round's life and the host's hand on the room: prompt, settings, seats, ending and closing a round, the next round,
 * members and the invite link. Part of the client vocabulary listed in {@link ClientMessage}.
 */
public final class RoundMessages {
    private RoundMessages() {
    }

    /** The host writes the round's prompt. */
    @JsonTypeName("prompt.set")
    public record PromptSet(Long id, String title, String text) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.promptSet(this);
        }
        public PromptSet {
            Require.present(title, "prompt.set.title");
            Require.present(text, "prompt.set.text");
        }
    }

    /** The host changes room settings; an absent field keeps its value. */
    @JsonTypeName("settings.set")
    public record SettingsSet(Long id, Boolean autoAdvance, Boolean shadow) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.settingsSet(this);
        }
    }

    /** The host overrides this lobby's seats and, optionally, the member order later rotations follow. */
    @JsonTypeName("seats.set")
    public record SeatsSet(Long id, String interviewer, String candidate, List<String> order) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.seatsSet(this);
        }
        public SeatsSet {
            Require.present(interviewer, "seats.set.interviewer");
            Require.present(candidate, "seats.set.candidate");
        }
    }

    /** Stops the timer and opens the round's feedback. */
    @JsonTypeName("round.end")
    public record RoundEnd(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.roundEnd(this);
        }
    }

    /** Closes the round's feedback; the round is done and its report final. */
    @JsonTypeName("round.close")
    public record RoundClose(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.roundClose(this);
        }
    }

    /**
     * Opens the next round's lobby with the seats moved on. The prompt is {@code promptId}, {@code prompt}, or with
     * neither a catalog prompt the new candidate has not had.
     */
    @JsonTypeName("round.next")
    public record RoundNext(Long id, String promptId, PromptDraft prompt) implements Command {
    }

    /**
     * The host removes a participant: their sockets close, their resume secret dies, and the invite link is reset
     * so that it cannot bring them back. Answered with {@code invite}, the new link's token.
     */
    @JsonTypeName("participant.remove")
    public record ParticipantRemove(Long id, String participant) implements Command {
        public ParticipantRemove {
            Require.present(participant, "participant.remove.participant");
        }
    }

    /**
     * The host replaces the invite link: the old one stops opening the room (people who joined with it stay).
     * Answered with {@code invite}, the new link's token.
     */
    @JsonTypeName("invite.reset")
    public record InviteReset(Long id) implements Command {
    }
}

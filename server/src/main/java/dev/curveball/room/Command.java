package dev.curveball.room;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.DocName;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.DeckFile;
import java.util.List;

/**
 * A request to change a room, already authenticated at the edge as far as the transport can: the room itself checks
 * tokens, seats and capabilities. Anything random (ids, secrets) is chosen by the caller and passed in, so that
 * applying a command is deterministic.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "command")
@JsonSubTypes({
    @JsonSubTypes.Type(Command.Join.class),
    @JsonSubTypes.Type(Command.Disconnect.class),
    @JsonSubTypes.Type(Command.DropConnections.class),
    @JsonSubTypes.Type(Command.SetPrompt.class),
    @JsonSubTypes.Type(Command.StartTimer.class),
    @JsonSubTypes.Type(Command.PauseTimer.class),
    @JsonSubTypes.Type(Command.ResumeTimer.class),
    @JsonSubTypes.Type(Command.ResetTimer.class),
    @JsonSubTypes.Type(Command.EditNotes.class),
    @JsonSubTypes.Type(Command.Tick.class),
    @JsonSubTypes.Type(Command.EndRound.class),
    @JsonSubTypes.Type(Command.CloseRound.class),
    @JsonSubTypes.Type(Command.NextRound.class),
    @JsonSubTypes.Type(Command.SetSeats.class),
    @JsonSubTypes.Type(Command.NextPhase.class),
    @JsonSubTypes.Type(Command.PreviousPhase.class),
    @JsonSubTypes.Type(Command.AdjustTimer.class),
    @JsonSubTypes.Type(Command.PlanPhases.class),
    @JsonSubTypes.Type(Command.ChangeSettings.class),
    @JsonSubTypes.Type(Command.PlayTwist.class),
    @JsonSubTypes.Type(Command.ScheduleTwist.class),
    @JsonSubTypes.Type(Command.AddTwist.class),
    @JsonSubTypes.Type(Command.ImportDeck.class),
    @JsonSubTypes.Type(Command.RevealFact.class),
    @JsonSubTypes.Type(Command.RateCandidate.class),
    @JsonSubTypes.Type(Command.RateInterviewer.class),
    @JsonSubTypes.Type(Command.ShareFeedback.class),
    @JsonSubTypes.Type(Command.TickScope.class),
})
public sealed interface Command {

    /**
     * A socket enters the room. With a {@code resumeSecretHash} that matches a participant, it returns as that
     * participant; otherwise it becomes {@code newParticipantId} whose resume secret hashes to {@code newSecretHash}.
     */
    @JsonTypeName("join")
    record Join(String connection, String tokenHash, String name, String newParticipantId, String newSecretHash,
                String resumeSecretHash) implements Command {
    }

    /** A socket closed. */
    @JsonTypeName("disconnect")
    record Disconnect(String participant, String connection) implements Command {
    }

    /** Every socket whose connection id starts with {@code prefix} is gone: its node left the cluster. */
    @JsonTypeName("drop-connections")
    record DropConnections(String prefix) implements Command {
    }

    @JsonTypeName("set-prompt")
    record SetPrompt(String by, String title, String text) implements Command {
    }

    @JsonTypeName("start-timer")
    record StartTimer(String by) implements Command {
    }

    @JsonTypeName("pause-timer")
    record PauseTimer(String by) implements Command {
    }

    @JsonTypeName("resume-timer")
    record ResumeTimer(String by) implements Command {
    }

    /** An edit of a notes document, based on revision {@code rev}; {@code client}/{@code clientSeq} identify it. */
    @JsonTypeName("edit-notes")
    record EditNotes(String by, DocName doc, long rev, TextOperation op, String client, long clientSeq)
        implements Command {
    }

    /** @param durationMs the new duration, or null to keep the current one */
    @JsonTypeName("reset-timer")
    record ResetTimer(String by, Long durationMs) implements Command {
    }

    /** Nothing but the passing of time: settles what is due (scheduled cards, phases that ran out). Idempotent. */
    @JsonTypeName("tick")
    record Tick() implements Command {
    }

    @JsonTypeName("end-round")
    record EndRound(String by) implements Command {
    }

    @JsonTypeName("close-round")
    record CloseRound(String by) implements Command {
    }

    /**
     * Opens the next round with {@code material}, prepared by the caller (figures drawn, prompt picked). With
     * {@code avoidRepeat}, a prompt the next candidate already had here is refused, so the caller picks again.
     */
    @JsonTypeName("next-round")
    record NextRound(String by, RoundMaterial material, boolean avoidRepeat) implements Command {
    }

    /** @param order every participant's id in the new member order, or null to keep it */
    @JsonTypeName("set-seats")
    record SetSeats(String by, String interviewer, String candidate, List<String> order) implements Command {
    }

    @JsonTypeName("next-phase")
    record NextPhase(String by) implements Command {
    }

    @JsonTypeName("previous-phase")
    record PreviousPhase(String by) implements Command {
    }

    @JsonTypeName("adjust-timer")
    record AdjustTimer(String by, long deltaMs) implements Command {
    }

    @JsonTypeName("plan-phases")
    record PlanPhases(String by, List<Phase> phases) implements Command {
    }

    /** A null field keeps its setting. */
    @JsonTypeName("change-settings")
    record ChangeSettings(String by, Boolean autoAdvance, Boolean shadow) implements Command {
    }

    @JsonTypeName("play-twist")
    record PlayTwist(String by, String card) implements Command {
    }

    /** With neither {@code atMinute} nor {@code atPhase}, cancels the card's schedule. */
    @JsonTypeName("schedule-twist")
    record ScheduleTwist(String by, String card, Integer atMinute, Integer atPhase) implements Command {
    }

    @JsonTypeName("add-twist")
    record AddTwist(String by, DeckFile.CardDraft card) implements Command {
    }

    @JsonTypeName("import-deck")
    record ImportDeck(String by, DeckFile deck) implements Command {
    }

    @JsonTypeName("reveal-fact")
    record RevealFact(String by, String clarification) implements Command {
    }

    /** With {@code notObserved}, the dimension is marked as not observed (and {@code level} must be null). */
    @JsonTypeName("rate-candidate")
    record RateCandidate(String by, String dimension, Integer level, String evidence, boolean notObserved)
        implements Command {

        public RateCandidate(String by, String dimension, Integer level, String evidence) {
            this(by, dimension, level, evidence, false);
        }
    }

    @JsonTypeName("rate-interviewer")
    record RateInterviewer(String by, Integer level, String comment) implements Command {
    }

    @JsonTypeName("share-feedback")
    record ShareFeedback(String by) implements Command {
    }

    /** The interviewer ticks scope point {@code point} (an id such as {@code s3}) as covered or not. */
    @JsonTypeName("tick-scope")
    record TickScope(String by, String point, boolean covered) implements Command {
    }
}

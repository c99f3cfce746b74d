package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.AssumptionView;
import dev.curveball.protocol.view.ParticipantView;
import dev.curveball.protocol.view.PromptView;
import dev.curveball.protocol.view.RoundView;
import dev.curveball.protocol.view.SettingsView;
import dev.curveball.protocol.view.TimelineEntry;
import dev.curveball.protocol.view.TimerView;
import java.util.List;
import java.util.Map;

/** What happened in a room, as carried inside an {@code event} message; {@code kind} names it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(RoomEvent.ParticipantJoined.class),
    @JsonSubTypes.Type(RoomEvent.PresenceChanged.class),
    @JsonSubTypes.Type(RoomEvent.PromptChanged.class),
    @JsonSubTypes.Type(RoomEvent.PromptRevealed.class),
    @JsonSubTypes.Type(RoomEvent.TimerChanged.class),
    @JsonSubTypes.Type(RoomEvent.NotesEdited.class),
    @JsonSubTypes.Type(RoomEvent.SeatsChanged.class),
    @JsonSubTypes.Type(RoomEvent.RoundChanged.class),
    @JsonSubTypes.Type(RoomEvent.TwistPlayed.class),
    @JsonSubTypes.Type(RoomEvent.FactRevealed.class),
    @JsonSubTypes.Type(RoomEvent.SettingsChanged.class),
    @JsonSubTypes.Type(RoomEvent.ScopeTicked.class),
    @JsonSubTypes.Type(RoomEvent.ParticipantRemoved.class),
    @JsonSubTypes.Type(RoomEvent.InviteReset.class),
    @JsonSubTypes.Type(RoomEvent.Broadcast.class),
    @JsonSubTypes.Type(RoomEvent.AssumptionAdded.class),
    @JsonSubTypes.Type(RoomEvent.AssumptionChanged.class),
    @JsonSubTypes.Type(RoomEvent.AssumptionSuggested.class),
})
public sealed interface RoomEvent {

    /** A new participant took a seat. */
    @JsonTypeName("participant.joined")
    record ParticipantJoined(ParticipantView participant) implements RoomEvent {
    }

    /** The host removed a participant: they are no longer in the room, and their sockets close. */
    @JsonTypeName("participant.removed")
    record ParticipantRemoved(String participant, String by) implements RoomEvent {
    }

    /** The host replaced the invite link; the old one no longer opens the room. */
    @JsonTypeName("invite.reset")
    record InviteReset(String by) implements RoomEvent {
    }

    /** A participant's first socket connected or last socket closed. */
    @JsonTypeName("presence.changed")
    record PresenceChanged(String participant, boolean online) implements RoomEvent {
    }

    /** The host changed the prompt; its text is absent for viewers who may not read it yet. */
    @JsonTypeName("prompt.changed")
    record PromptChanged(PromptView prompt, String by) implements RoomEvent {
    }

    /** The round started: the prompt's text is now visible to everyone. */
    @JsonTypeName("prompt.revealed")
    record PromptRevealed(PromptView prompt) implements RoomEvent {
    }

    /** The timer was started, paused, resumed or reset; {@code timer} is its new state. */
    @JsonTypeName("timer.changed")
    record TimerChanged(TimerChange change, TimerView timer, String by) implements RoomEvent {
    }

    /**
     * An edit applied to a notes document, already transformed by the server: it turns revision {@code rev - 1}
     * into {@code rev}. The author recognises its own edit by {@code client} and {@code clientSeq}.
     */
    @JsonTypeName("notes.op")
    record NotesEdited(DocName doc, long rev, TextOperation op, String by, String client, long clientSeq)
        implements RoomEvent {
    }

    /** The seats moved between rounds: every participant's seat now. */
    @JsonTypeName("seats.changed")
    record SeatsChanged(Map<String, Role> seats, String by) implements RoomEvent {
    }

    /** The round as this viewer may now see it; replaces the client's round. */
    @JsonTypeName("round.changed")
    record RoundChanged(RoundView round) implements RoomEvent {
    }

    /** A twist card was played; everyone hears its text, never its guidance. */
    @JsonTypeName("twist.played")
    record TwistPlayed(TimelineEntry entry) implements RoomEvent {
    }

    /** The interviewer revealed a clarification's answer to the room. */
    @JsonTypeName("fact.revealed")
    record FactRevealed(TimelineEntry entry) implements RoomEvent {
    }

    /** The interviewer ticked a scope point as covered, or took the tick back; for the interviewer's side only. */
    @JsonTypeName("scope.ticked")
    record ScopeTicked(String point, boolean covered, String by) implements RoomEvent {
    }

    @JsonTypeName("settings.changed")
    record SettingsChanged(SettingsView settings, String by) implements RoomEvent {
    }

    /** The host's message to everyone (a cohort organizer's, sent to every room): a banner, and a timeline entry. */
    @JsonTypeName("broadcast")
    record Broadcast(TimelineEntry entry) implements RoomEvent {
    }

    /** Someone stated an assumption; it is the log's new last entry. */
    @JsonTypeName("assumption.added")
    record AssumptionAdded(AssumptionView assumption) implements RoomEvent {
    }

    /** An assumption changed; {@code assumption} is all of it after the change, to replace the one with its id. */
    @JsonTypeName("assumption.changed")
    record AssumptionChanged(AssumptionChange change, String by, AssumptionView assumption) implements RoomEvent {
    }

    /**
     * Card {@code twist} was just played and may break these open assumptions; for the interviewer's side only, so
     * that the candidate still has to notice on their own.
     */
    @JsonTypeName("assumption.suggested")
    record AssumptionSuggested(String twist, List<String> assumptions) implements RoomEvent {
        public AssumptionSuggested {
            assumptions = List.copyOf(assumptions);
        }
    }

    /** What happened to an assumption. */
    enum AssumptionChange {
        @JsonProperty("edited") EDITED,
        @JsonProperty("withdrawn") WITHDRAWN,
        /** The candidate said a played twist breaks it. */
        @JsonProperty("noticed") NOTICED,
        /** The interviewer said a played twist breaks it. */
        @JsonProperty("overturned") OVERTURNED,
        /** The interviewer said a revealed fact confirms it. */
        @JsonProperty("held") HELD
    }

    enum TimerChange {
        @JsonProperty("started") STARTED,
        @JsonProperty("paused") PAUSED,
        @JsonProperty("resumed") RESUMED,
        @JsonProperty("reset") RESET,
        /** Someone moved to another phase. */
        @JsonProperty("phase") PHASE,
        /** The phase ran out and the room moves on by itself. */
        @JsonProperty("advanced") ADVANCED,
        @JsonProperty("adjusted") ADJUSTED,
        @JsonProperty("planned") PLANNED,
        /** The round ended. */
        @JsonProperty("stopped") STOPPED
    }
}

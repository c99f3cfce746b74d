package dev.curveball.protocol.view;

import dev.curveball.protocol.Mode;
import java.util.List;

/** The room as one viewer may see it: built by the server's redaction filter, never sent unfiltered. */
public record RoomSnapshot(
    String id,
    String title,
    Mode mode,
    List<ParticipantView> participants,
    PromptView prompt,
    TimerView timer,
    NotesView notes,
    RoundView round,
    List<RoundSummary> rounds,
    SettingsView settings) {

    public RoomSnapshot {
        participants = List.copyOf(participants);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }
}

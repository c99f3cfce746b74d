package dev.curveball.room;

import dev.curveball.protocol.DocName;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.view.DocView;
import dev.curveball.protocol.view.NotesView;
import dev.curveball.protocol.view.ParticipantView;
import dev.curveball.protocol.view.PromptView;
import dev.curveball.protocol.view.RoomSnapshot;
import java.util.List;

/**
 * The one place that decides what a viewer may see. Live events, replays and snapshots all pass through here, so a
 * rule written once holds for every path to a socket.
 */
public final class Redaction {
    private static final Audience PROMPT_READERS = new Audience.AnyOf(
        List.of(new Audience.Host(), new Audience.Seat(Role.INTERVIEWER)));

    private Redaction() {
    }

    /** Who may read the prompt's text before the round starts: whoever wrote it and whoever asks it. */
    public static Audience promptReadersBeforeTheRound() {
        return PROMPT_READERS;
    }

    public static boolean mayReceive(LoggedEvent event, Viewer viewer) {
        return event.audience().admits(viewer);
    }

    public static RoomSnapshot snapshot(RoomState state, Viewer viewer) {
        List<ParticipantView> participants = state.participants().stream().map(Participant::view).toList();
        return new RoomSnapshot(state.id(), state.title(), state.mode(), participants, prompt(state.prompt(), viewer),
            state.timer().view(), notes(state.notes(), viewer));
    }

    /** A notes document as this viewer may read it, or empty when it is not theirs to read. */
    public static java.util.Optional<DocView> document(RoomState state, DocName doc, Viewer viewer) {
        if (doc == DocName.SHARED) {
            return java.util.Optional.of(state.notes().shared().view());
        }
        return hasPrivateNotes(state.notes(), viewer)
            ? java.util.Optional.of(state.notes().privateOf(viewer.participantId()).view())
            : java.util.Optional.empty();
    }

    private static NotesView notes(Notes notes, Viewer viewer) {
        DocView mine = hasPrivateNotes(notes, viewer) ? notes.privateOf(viewer.participantId()).view() : null;
        return new NotesView(notes.shared().view(), mine);
    }

    /** The interviewer has private notes; someone who wrote some keeps reading their own after changing seats. */
    private static boolean hasPrivateNotes(Notes notes, Viewer viewer) {
        return viewer.role() == Role.INTERVIEWER || notes.privateDocs().containsKey(viewer.participantId());
    }

    private static PromptView prompt(Prompt prompt, Viewer viewer) {
        return prompt.revealed() || PROMPT_READERS.admits(viewer) ? prompt.fullView() : prompt.titleOnlyView();
    }
}

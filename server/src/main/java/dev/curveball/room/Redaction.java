package dev.curveball.room;

import dev.curveball.protocol.DocName;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.view.DocView;
import dev.curveball.protocol.view.NotesView;
import dev.curveball.protocol.view.ParticipantView;
import dev.curveball.protocol.view.PromptView;
import dev.curveball.protocol.view.RoomSnapshot;
import dev.curveball.protocol.view.RoundSummary;
import dev.curveball.protocol.view.RoundView;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides what a viewer may see. Live events, replays and snapshots all pass through here, so a
 * rule written once holds for every path to a socket. Seats are read from the room state, never from the socket.
 */
public final class Redaction {
    private Redaction() {
    }

    /** Who may read the prompt's text before the round starts: whoever wrote it and the interviewer's side. */
    public static Audience promptReadersBeforeTheRound(RoomState state) {
        return new Audience.AnyOf(List.of(new Audience.Host(), Sides.interviewerSideAudience(state)));
    }

    public static boolean mayReceive(LoggedEvent event, Viewer viewer) {
        return mayReceive(event.audience(), viewer);
    }

    /** The same, for an event known only by its audience (as it travels between nodes, already encoded). */
    public static boolean mayReceive(Audience audience, Viewer viewer) {
        return audience.admits(viewer);
    }

    public static RoomSnapshot snapshot(RoomState state, Viewer viewer) {
        List<ParticipantView> participants = state.participants().stream().map(Participant::view).toList();
        List<RoundSummary> rounds = state.history().stream()
            .map(r -> new RoundSummary(r.number(), r.prompt().title(), idOf(r.interviewer()), idOf(r.candidate())))
            .toList();
        return new RoomSnapshot(state.id(), state.title(), state.mode(), participants, prompt(state, viewer),
            state.timer().view(), notes(state, viewer), round(state, viewer.participantId()), rounds,
            state.settings().view());
    }

    /**
     * The current round as this participant may see it. The deck (with each card's guidance, when, probe and core
     * mark) is the interviewer side's alone; the guide (scope points, strong answer, common mistakes) is theirs until
     * the round is done, then everyone's. The assumption log is everyone's, always.
     */
    public static RoundView round(RoomState state, String participantId) {
        Round round = state.round();
        boolean inside = Sides.interviewerSide(state, participantId);
        boolean candidate = state.participant(participantId).map(p -> p.role() == Role.CANDIDATE).orElse(false);
        return new RoundView(round.number(), round.stage(), round.prompt().title(), round.promptId(),
            state.holder(Role.INTERVIEWER).map(Participant::id).orElse(null),
            state.holder(Role.CANDIDATE).map(Participant::id).orElse(null),
            inside ? round.deck().stream().map(Card::view).toList() : null,
            round.clarifications().stream().filter(c -> inside || c.revealed() != null)
                .map(Clarification::view).toList(),
            round.timeline(),
            inside || round.scorecard().shared() ? round.scorecard().view() : null,
            candidate || round.feedback().shared() ? round.feedback().view() : null,
            round.guide() != null && (inside || round.done()) ? round.guide().view() : null,
            round.assumptions().stream().map(Assumption::view).toList());
    }

    /** A notes document as this viewer may read it, or empty when it is not theirs to read. */
    public static Optional<DocView> document(RoomState state, DocName doc, Viewer viewer) {
        if (doc == DocName.SHARED) {
            return Optional.of(state.notes().shared().view());
        }
        return hasPrivateNotes(state, viewer)
            ? Optional.of(state.notes().privateOf(viewer.participantId()).view())
            : Optional.empty();
    }

    private static NotesView notes(RoomState state, Viewer viewer) {
        DocView mine = hasPrivateNotes(state, viewer)
            ? state.notes().privateOf(viewer.participantId()).view()
            : null;
        return new NotesView(state.notes().shared().view(), mine);
    }

    /** The interviewer has private notes; someone who wrote some keeps reading their own after changing seats. */
    private static boolean hasPrivateNotes(RoomState state, Viewer viewer) {
        return state.roleOf(viewer.participantId()) == Role.INTERVIEWER
            || state.notes().privateDocs().containsKey(viewer.participantId());
    }

    private static PromptView prompt(RoomState state, Viewer viewer) {
        Prompt prompt = state.prompt();
        return prompt.revealed() || promptReadersBeforeTheRound(state).admits(viewer)
            ? prompt.fullView()
            : prompt.titleOnlyView();
    }

    private static String idOf(Seat seat) {
        return seat == null ? null : seat.id();
    }
}

package dev.curveball.room;

import dev.curveball.protocol.DocName;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent.TimerChange;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimelineEntry;
import dev.curveball.protocol.view.TimerView.State;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round's life: lobby, running (started by the timer), feedback, done; then the next round with the seats moved
 * on. Seats change only in the lobby.
 */
final class RoundRules {
    /** The editor id under which the room itself edits the notes (clearing them for a new round). */
    static final String ROOM_EDITOR = "room";
    /** The timeline kind of a seat move. */
    static final String SEATS_ENTRY = "seats";

    private RoundRules() {
    }

    static Outcome end(RoomState state, String by, RoundMessages.RoundEnd command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.hostOrInterviewer(state, by, "end the round");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!state.round().running()) {
            return Room.reject(ErrorCode.INVALID_STATE, "only a running round can end");
        }
        long now = changes.now();
        Timer timer = state.timer().state() == State.RUNNING ? state.timer().pause(now) : state.timer();
        RoomState after = state.withTimer(timer)
            .withRound(r -> r.phaseMoved(timer.elapsedAt(now), null).ended(now));
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(TimerChange.STOPPED, timer.view(), by));
        RoundViews.announce(after, changes, RoundViews.ALL);
        return changes.applied(after, by);
    }

    static Outcome close(RoomState state, String by, RoundMessages.RoundClose command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.hostOrInterviewer(state, by, "close the round");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (state.round().stage() != Stage.FEEDBACK) {
            return Room.reject(ErrorCode.INVALID_STATE, "a round is closed after its feedback; end it first");
        }
        RoomState after = state.withRound(r -> r.closed(state.notes().shared().text()));
        RoundViews.announce(after, changes, RoundViews.ALL);
        return changes.applied(after, by);
    }

    static Outcome next(RoomState state, Command.NextRound command, Changes changes) {
        String by = command.by();
        Optional<Outcome.Rejected> refused = Permissions.hostOrInterviewer(state, by, "open the next round");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (state.round().stage() != Stage.DONE) {
            return Room.reject(ErrorCode.INVALID_STATE, "the next round opens once this one is closed");
        }
        if (state.round().number() >= state.limits().maxRounds()) {
            return Room.reject(ErrorCode.INVALID_STATE, "this room has run its " + state.limits().maxRounds()
                + " rounds; open a new room to go on");
        }
        Rotation.Seats seats = Rotation.next(state);
        RoundMaterial material = command.material();
        if (command.avoidRepeat() && material.promptId() != null
            && state.promptsHadBy(seats.candidate()).contains(material.promptId())) {
            return Room.reject(ErrorCode.INVALID_STATE, "the next candidate has already had this prompt here");
        }
        long now = changes.now();
        RoomState after = state.withNextRound(Round.open(state.round().number() + 1, material))
            .withTimer(Timer.idle(material.phases(), now));
        after = seat(after, seats.interviewer(), seats.candidate(), by, changes);
        changes.emit(Audience.EVERYONE,
            new RoomEvent.TimerChanged(TimerChange.RESET, after.timer().view(), by));
        after = clearSharedNotes(after, by, changes);
        PromptRules.announce(after, by, changes);
        RoundViews.announce(after, changes, RoundViews.ALL);
        return changes.applied(after, by);
    }

    static Outcome setSeats(RoomState state, String by, RoundMessages.SeatsSet command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.hostOnly(state, by, "change the seats");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (command.interviewer().equals(command.candidate())) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "the interviewer and the candidate must be two people");
        }
        for (String id : List.of(command.interviewer(), command.candidate())) {
            if (state.participant(id).isEmpty()) {
                return Room.reject(ErrorCode.BAD_MESSAGE, "no participant " + id + " in this room");
            }
        }
        List<Participant> ordered = state.participants();
        if (command.order() != null) {
            if (command.order().size() != ordered.size() || !new HashSet<>(command.order()).equals(
                new HashSet<>(ordered.stream().map(Participant::id).toList()))) {
                return Room.reject(ErrorCode.BAD_MESSAGE, "order: every participant's id, each once");
            }
            ordered = command.order().stream().map(id -> state.participant(id).orElseThrow()).toList();
        }
        if (state.round().stage() != Stage.LOBBY) {
            return Room.reject(ErrorCode.INVALID_STATE, "seats change between rounds, in the lobby");
        }
        RoomState after = seat(state.withParticipants(ordered), command.interviewer(), command.candidate(),
            by, changes);
        after = logSeatMove(state, after, by, changes.now());
        PromptRules.announce(after, by, changes);
        RoundViews.announce(after, changes, RoundViews.ALL);
        return changes.applied(after, by);
    }

    /**
     * A seat move inside a round joins its timeline, which everyone reads and the report keeps: whoever moves into
     * the interviewer's seat reads the deck, so nobody can move there and back unseen. When the new candidate was on
     * the interviewer's side just before, the entry says they have seen this round's deck. (The rotation of
     * {@code round.next} opens a new round with a new deck, so it is not logged.)
     */
    private static RoomState logSeatMove(RoomState before, RoomState after, String by, long now) {
        boolean moved = after.participants().stream().anyMatch(p -> p.role() != before.roleOf(p.id()));
        if (!moved) {
            return after;
        }
        String interviewer = nameIn(after, Role.INTERVIEWER);
        String candidate = nameIn(after, Role.CANDIDATE);
        StringBuilder text = new StringBuilder("Interviewer: ").append(interviewer).append(" · Candidate: ")
            .append(candidate).append(" · by ").append(after.participant(by).map(Participant::name).orElse(by))
            .append('.');
        after.holder(Role.CANDIDATE)
            .filter(c -> Sides.interviewerSide(before).contains(c.id()))
            .ifPresent(c -> text.append(' ').append(c.name())
                .append(" was on the interviewer's side until now and has seen this round's deck."));
        long earlier = after.round().timeline().stream().filter(e -> SEATS_ENTRY.equals(e.kind())).count();
        Moment moment = Moment.of(after.timer(), now);
        TimelineEntry entry = new TimelineEntry(SEATS_ENTRY, "seats-" + (earlier + 1), null, "Seats changed",
            text.toString(), moment.at(), moment.elapsedMs(), moment.phase());
        return after.withRound(r -> r.withEntry(entry));
    }

    private static String nameIn(RoomState state, Role role) {
        return state.holder(role).map(Participant::name).orElse("nobody");
    }

    private static RoomState seat(RoomState state, String interviewer, String candidate, String by, Changes changes) {
        Map<String, Role> seats = new LinkedHashMap<>();
        RoomState after = state;
        for (Participant p : state.participants()) {
            Role role = p.id().equals(interviewer) ? Role.INTERVIEWER
                : p.id().equals(candidate) ? Role.CANDIDATE : Role.OBSERVER;
            seats.put(p.id(), role);
            after = after.withParticipant(p.id(), q -> q.seated(role));
        }
        changes.emit(Audience.EVERYONE, new RoomEvent.SeatsChanged(seats, by));
        return after;
    }

    /** A new round starts on a clean page: the room deletes the old text with an ordinary edit everyone applies. */
    private static RoomState clearSharedNotes(RoomState state, String by, Changes changes) {
        Document shared = state.notes().shared();
        if (shared.text().isEmpty()) {
            return state;
        }
        TextOperation clear = TextOperation.builder().delete(shared.text().length()).build();
        Document cleared = shared.apply(clear, "", ROOM_EDITOR, state.round().number(), state.limits().notesHistory());
        changes.emit(Audience.EVERYONE, new RoomEvent.NotesEdited(DocName.SHARED, cleared.rev(), clear, by,
            ROOM_EDITOR, state.round().number()));
        return state.withNotes(state.notes().withShared(cleared));
    }
}

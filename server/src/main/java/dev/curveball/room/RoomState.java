package dev.curveball.room;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything a room is, as one immutable value. Only {@link Room#apply} makes a new one from an old one.
 *
 * @param seq          number of the last event this room produced; 0 for a room nothing has happened in
 * @param participants everyone who ever joined, in member order (the order group rotations follow)
 * @param round        the round under way, or about to start, or just done
 * @param history      the rounds before it, oldest first
 * @param rubric       the scorecard's dimension ids, in order
 * @param log          the most recent events, oldest first, at most {@link RoomLimits#eventLogSize()} of them
 */
public record RoomState(
    String id,
    String title,
    Mode mode,
    Role creatorSeat,
    long seq,
    List<Participant> participants,
    Round round,
    List<Round> history,
    Timer timer,
    Notes notes,
    Settings settings,
    List<String> rubric,
    Access access,
    RoomLimits limits,
    List<LoggedEvent> log) {

    public RoomState {
        participants = List.copyOf(participants);
        history = List.copyOf(history);
        rubric = List.copyOf(rubric);
        log = Window.of(log);
    }

    /** The current round's prompt. */
    public Prompt prompt() {
        return round.prompt();
    }

    public Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    public Optional<Participant> participantWithSecret(String secretHash) {
        return participants.stream().filter(p -> Access.same(p.secretHash(), secretHash)).findFirst();
    }

    public boolean seatTaken(Role role) {
        return holder(role).isPresent();
    }

    /** Who holds a seat now. */
    public Optional<Participant> holder(Role role) {
        return participants.stream().filter(p -> p.role() == role).findFirst();
    }

    /** The seat a participant holds now; observer for anyone unknown. */
    public Role roleOf(String participantId) {
        return participant(participantId).map(Participant::role).orElse(Role.OBSERVER);
    }

    /** A round of this room by number: a past one or the current one. */
    public Optional<Round> round(int number) {
        if (round.number() == number) {
            return Optional.of(round);
        }
        return history.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The catalog prompts a participant has had as the candidate in this room. */
    public java.util.Set<String> promptsHadBy(String participantId) {
        java.util.Set<String> had = new java.util.HashSet<>();
        List<Round> rounds = new ArrayList<>(history);
        rounds.add(round);
        for (Round r : rounds) {
            if (r.promptId() != null && r.candidate() != null && r.candidate().id().equals(participantId)) {
                had.add(r.promptId());
            }
        }
        return had;
    }

    /** The catalog prompts this room has played or is playing, in any seat. */
    public java.util.Set<String> promptsUsed() {
        java.util.Set<String> used = new java.util.HashSet<>();
        history.forEach(r -> {
            if (r.promptId() != null) {
                used.add(r.promptId());
            }
        });
        if (round.promptId() != null) {
            used.add(round.promptId());
        }
        return used;
    }

    /** The events after {@code afterSeq}, or empty when some of them have already left the log. */
    public Optional<List<LoggedEvent>> eventsAfter(long afterSeq) {
        long oldestKept = log.isEmpty() ? seq + 1 : log.get(0).seq();
        if (afterSeq + 1 < oldestKept || afterSeq > seq) {
            return Optional.empty();
        }
        return Optional.of(log.stream().filter(e -> e.seq() > afterSeq).toList());
    }

    RoomState withParticipants(List<Participant> newParticipants) {
        return new RoomState(id, title, mode, creatorSeat, seq, newParticipants, round, history, timer, notes,
            settings, rubric, access, limits, log);
    }

    RoomState withParticipant(String participantId, UnaryOperator<Participant> change) {
        return withParticipants(participants.stream()
            .map(p -> p.id().equals(participantId) ? change.apply(p) : p)
            .toList());
    }

    RoomState withAdded(Participant participant) {
        List<Participant> more = new ArrayList<>(participants);
        more.add(participant);
        return withParticipants(more);
    }

    RoomState withAccess(Access newAccess) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, round, history, timer, notes,
            settings, rubric, newAccess, limits, log);
    }

    RoomState withRound(Round newRound) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, newRound, history, timer, notes,
            settings, rubric, access, limits, log);
    }

    RoomState withRound(UnaryOperator<Round> change) {
        return withRound(change.apply(round));
    }

    RoomState withPrompt(Prompt newPrompt) {
        return withRound(round.withPrompt(newPrompt));
    }

    /** The current round goes into the history and {@code next} takes its place. */
    RoomState withNextRound(Round next) {
        List<Round> longer = new ArrayList<>(history);
        longer.add(round);
        return new RoomState(id, title, mode, creatorSeat, seq, participants, next, longer, timer, notes,
            settings, rubric, access, limits, log);
    }

    RoomState withTimer(Timer newTimer) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, round, history, newTimer, notes,
            settings, rubric, access, limits, log);
    }

    RoomState withNotes(Notes newNotes) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, round, history, timer, newNotes,
            settings, rubric, access, limits, log);
    }

    RoomState withSettings(Settings newSettings) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, round, history, timer, notes,
            newSettings, rubric, access, limits, log);
    }

    /** Numbers the events, appends them to the log and trims it to its limit. */
    RoomState record(List<LoggedEvent> events) {
        if (events.isEmpty()) {
            return this;
        }
        List<LoggedEvent> kept = ((Window<LoggedEvent>) log).append(events, limits.eventLogSize());
        long lastSeq = events.get(events.size() - 1).seq();
        return new RoomState(id, title, mode, creatorSeat, lastSeq, participants, round, history, timer, notes,
            settings, rubric, access, limits, kept);
    }
}

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
 * @param seq number of the last event this room produced; 0 for a room nothing has happened in
 * @param log the most recent events, oldest first, at most {@link RoomLimits#eventLogSize()} of them
 */
public record RoomState(
    String id,
    String title,
    Mode mode,
    Role creatorSeat,
    long seq,
    List<Participant> participants,
    Prompt prompt,
    Timer timer,
    Notes notes,
    Access access,
    RoomLimits limits,
    List<LoggedEvent> log) {

    public RoomState {
        participants = List.copyOf(participants);
        log = List.copyOf(log);
    }

    public Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    public Optional<Participant> participantWithSecret(String secretHash) {
        return participants.stream().filter(p -> Access.same(p.secretHash(), secretHash)).findFirst();
    }

    public boolean seatTaken(Role role) {
        return participants.stream().anyMatch(p -> p.role() == role);
    }

    /** The events after {@code afterSeq}, or empty when some of them have already left the log. */
    public Optional<List<LoggedEvent>> eventsAfter(long afterSeq) {
        long oldestKept = log.isEmpty() ? seq + 1 : log.get(0).seq();
        if (afterSeq + 1 < oldestKept) {
            return Optional.empty();
        }
        return Optional.of(log.stream().filter(e -> e.seq() > afterSeq).toList());
    }

    RoomState withParticipants(List<Participant> newParticipants) {
        return new RoomState(id, title, mode, creatorSeat, seq, newParticipants, prompt, timer, notes, access, limits, log);
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

    RoomState withPrompt(Prompt newPrompt) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, newPrompt, timer, notes, access, limits, log);
    }

    RoomState withTimer(Timer newTimer) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, prompt, newTimer, notes, access, limits, log);
    }

    /** Numbers the events, appends them to the log and trims it to its limit. */
    RoomState withNotes(Notes newNotes) {
        return new RoomState(id, title, mode, creatorSeat, seq, participants, prompt, timer, newNotes, access, limits,
            log);
    }

    RoomState record(List<LoggedEvent> events) {
        if (events.isEmpty()) {
            return this;
        }
        List<LoggedEvent> longer = new ArrayList<>(log);
        longer.addAll(events);
        int overflow = longer.size() - limits.eventLogSize();
        List<LoggedEvent> kept = overflow > 0 ? longer.subList(overflow, longer.size()) : longer;
        long lastSeq = events.get(events.size() - 1).seq();
        return new RoomState(id, title, mode, creatorSeat, lastSeq, participants, prompt, timer, notes, access, limits, kept);
    }
}

package dev.curveball.room;

import dev.curveball.protocol.AssumptionMessages;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoomEvent.AssumptionChange;
import dev.curveball.protocol.view.AssumptionView.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The round's assumption log. The candidate or the interviewer states an assumption while the round runs; its author
 * may reword or withdraw it; a played twist overturns it (the candidate noticing, or the interviewer saying so) and a
 * revealed fact holds it. Every change is one event for everyone: the log is the room's, not a secret.
 *
 * <p>Checks run in one order for every command: who asks ({@code forbidden}), what they name and write
 * ({@code bad-message}, {@code too-large}), whether the round runs ({@code invalid-state}), and last where the
 * assumption stands ({@code invalid-state}) or whether the log is full ({@code too-large}).
 */
final class AssumptionRules {
    private AssumptionRules() {
    }

    static Outcome add(RoomState state, String by, AssumptionMessages.AssumptionAdd command, Changes changes) {
        Role role = state.roleOf(by);
        if (role != Role.CANDIDATE && role != Role.INTERVIEWER) {
            return Room.reject(ErrorCode.FORBIDDEN, "only the candidate or the interviewer can state an assumption");
        }
        Optional<Outcome.Rejected> problem = wordingProblem(state, command.text());
        if (problem.isPresent()) {
            return problem.get();
        }
        List<Assumption> log = state.round().assumptions();
        int limit = state.limits().maxAssumptions();
        if (log.size() >= limit) {
            return Room.reject(ErrorCode.TOO_LARGE, "a round's log holds at most " + limit + " assumptions");
        }
        Assumption stated = Assumption.stated("a" + (log.size() + 1), command.text().strip(), by,
            Moment.of(state.timer(), changes.now()));
        List<Assumption> longer = new ArrayList<>(log);
        longer.add(stated);
        changes.emit(Audience.EVERYONE, new RoomEvent.AssumptionAdded(stated.view()));
        return changes.applied(state.withRound(r -> r.withAssumptions(longer)), by);
    }

    static Outcome edit(RoomState state, String by, AssumptionMessages.AssumptionEdit command, Changes changes) {
        Optional<Assumption> found = state.round().assumption(command.assumption());
        if (found.isEmpty()) {
            return unknown(command.assumption());
        }
        if (!found.get().by().equals(by)) {
            return Room.reject(ErrorCode.FORBIDDEN, "only its author can reword an assumption");
        }
        Optional<Outcome.Rejected> problem = wordingProblem(state, command.text());
        if (problem.isPresent()) {
            return problem.get();
        }
        if (found.get().status() == Status.WITHDRAWN) {
            return withdrawn(command.assumption());
        }
        long now = changes.now();
        return changed(state, by, command.assumption(), a -> a.edited(command.text().strip(), now),
            AssumptionChange.EDITED, changes);
    }

    static Outcome withdraw(RoomState state, String by, AssumptionMessages.AssumptionWithdraw command,
                            Changes changes) {
        Optional<Assumption> found = state.round().assumption(command.assumption());
        if (found.isEmpty()) {
            return unknown(command.assumption());
        }
        if (!found.get().by().equals(by)) {
            return Room.reject(ErrorCode.FORBIDDEN, "only its author can withdraw an assumption");
        }
        if (!state.round().running()) {
            return notRunning();
        }
        if (found.get().status() == Status.WITHDRAWN) {
            return Room.reject(ErrorCode.INVALID_STATE, command.assumption() + " is already withdrawn");
        }
        return changed(state, by, command.assumption(), Assumption::withdrawn, AssumptionChange.WITHDRAWN, changes);
    }

    static Outcome notice(RoomState state, String by, AssumptionMessages.AssumptionNotice command, Changes changes) {
        Optional<Outcome.Rejected> problem = Permissions.seatOnly(state, by, Role.CANDIDATE,
                "say which twist broke an assumption")
            .or(() -> brokenByTwistProblem(state, command.assumption(), command.twist()));
        if (problem.isPresent()) {
            return problem.get();
        }
        Assumption found = state.round().assumption(command.assumption()).orElseThrow();
        if (found.noticedAt() != null) {
            return Room.reject(ErrorCode.INVALID_STATE, "you already said which twist broke " + command.assumption());
        }
        long now = changes.now();
        return changed(state, by, command.assumption(), a -> a.noticed(command.twist(), now),
            AssumptionChange.NOTICED, changes);
    }

    static Outcome overturn(RoomState state, String by, AssumptionMessages.AssumptionOverturn command,
                            Changes changes) {
        Optional<Outcome.Rejected> problem = Permissions.interviewerOnly(state, by, "overturn an assumption")
            .or(() -> brokenByTwistProblem(state, command.assumption(), command.twist()));
        if (problem.isPresent()) {
            return problem.get();
        }
        Assumption found = state.round().assumption(command.assumption()).orElseThrow();
        if (found.status() == Status.OVERTURNED) {
            return Room.reject(ErrorCode.INVALID_STATE, command.assumption() + " is already overturned (by "
                + found.twist() + ")");
        }
        return changed(state, by, command.assumption(), a -> a.overturned(command.twist()),
            AssumptionChange.OVERTURNED, changes);
    }

    static Outcome hold(RoomState state, String by, AssumptionMessages.AssumptionHold command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.interviewerOnly(state, by, "hold an assumption");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Assumption> found = state.round().assumption(command.assumption());
        if (found.isEmpty()) {
            return unknown(command.assumption());
        }
        Optional<Clarification> fact = state.round().clarification(command.fact());
        if (fact.isEmpty()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "this round has no clarification " + command.fact());
        }
        if (fact.get().revealed() == null) {
            return Room.reject(ErrorCode.BAD_MESSAGE, command.fact() + " has not been revealed; reveal it first");
        }
        if (!state.round().running()) {
            return notRunning();
        }
        if (found.get().status() != Status.OPEN) {
            return Room.reject(ErrorCode.INVALID_STATE, "only an open assumption can be held; "
                + command.assumption() + " is " + found.get().status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return changed(state, by, command.assumption(), a -> a.held(command.fact()), AssumptionChange.HELD, changes);
    }

    /** Replaces one assumption and tells everyone. */
    private static Outcome changed(RoomState state, String by, String id, UnaryOperator<Assumption> change,
                                   AssumptionChange what, Changes changes) {
        List<Assumption> log = state.round().assumptions().stream()
            .map(a -> a.id().equals(id) ? change.apply(a) : a).toList();
        Assumption after = log.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        changes.emit(Audience.EVERYONE, new RoomEvent.AssumptionChanged(what, by, after.view()));
        return changes.applied(state.withRound(r -> r.withAssumptions(log)), by);
    }

    /** What stating and rewording share: some words, not too many, while the round runs. */
    private static Optional<Outcome.Rejected> wordingProblem(RoomState state, String text) {
        if (text.isBlank()) {
            return Optional.of(Room.reject(ErrorCode.BAD_MESSAGE, "text: an assumption needs some words"));
        }
        int max = state.limits().maxCardChars();
        if (text.strip().length() > max) {
            return Optional.of(Room.reject(ErrorCode.TOO_LARGE, "text: at most " + max + " characters"));
        }
        return state.round().running() ? Optional.empty() : Optional.of(notRunning());
    }

    /** What noticing and overturning share: a known assumption not withdrawn, a played card, a running round. */
    private static Optional<Outcome.Rejected> brokenByTwistProblem(RoomState state, String assumptionId,
                                                                   String cardId) {
        Optional<Assumption> found = state.round().assumption(assumptionId);
        if (found.isEmpty()) {
            return Optional.of(unknown(assumptionId));
        }
        Optional<Outcome.Rejected> notPlayed = playedCardProblem(state, cardId);
        if (notPlayed.isPresent()) {
            return notPlayed;
        }
        if (!state.round().running()) {
            return Optional.of(notRunning());
        }
        return found.get().status() == Status.WITHDRAWN ? Optional.of(withdrawn(assumptionId)) : Optional.empty();
    }

    /**
     * One answer for a card that is not in the deck and one that is but has not been played: the candidate sends
     * {@code assumption.notice} too, and must not learn from a refusal which cards the deck still holds.
     */
    private static Optional<Outcome.Rejected> playedCardProblem(RoomState state, String cardId) {
        boolean played = state.round().card(cardId).map(card -> card.played() != null).orElse(false);
        return played
            ? Optional.empty()
            : Optional.of(Room.reject(ErrorCode.BAD_MESSAGE, "no card " + cardId + " has been played in this round"));
    }

    private static Outcome.Rejected unknown(String id) {
        return Room.reject(ErrorCode.BAD_MESSAGE, "this round's log has no assumption " + id);
    }

    private static Outcome.Rejected withdrawn(String id) {
        return Room.reject(ErrorCode.INVALID_STATE, id + " has been withdrawn");
    }

    private static Outcome.Rejected notRunning() {
        return Room.reject(ErrorCode.INVALID_STATE, "the assumption log changes while the round runs");
    }
}

package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.TwistMessages;
import dev.curveball.protocol.view.DeckFile;
import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimerView.State;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Twist cards: the interviewer plays one now or schedules it, adds their own, or imports a deck file. A card is
 * played once, by the interviewer or by its schedule, and from then on everyone may read its text.
 */
final class TwistRules {
    private static final EnumSet<RoundViews.Side> DECK_HOLDERS = EnumSet.of(RoundViews.Side.INTERVIEWER);

    private TwistRules() {
    }

    static Outcome play(RoomState state, String by, TwistMessages.TwistPlay command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.interviewerOnly(state, by, "play a twist");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Card> card = state.round().card(command.card());
        if (card.isEmpty()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "this round's deck has no card " + command.card());
        }
        if (!state.round().running()) {
            return Room.reject(ErrorCode.INVALID_STATE, "twists are played while the round runs");
        }
        if (card.get().played() != null) {
            return Room.reject(ErrorCode.INVALID_STATE, "card " + command.card() + " has already been played");
        }
        return changes.applied(playAt(state, card.get().id(), changes.now(), changes), by);
    }

    static Outcome schedule(RoomState state, String by, TwistMessages.TwistSchedule command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.interviewerOnly(state, by, "schedule a twist");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Card> card = state.round().card(command.card());
        if (card.isEmpty()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "this round's deck has no card " + command.card());
        }
        Optional<Outcome.Rejected> problem =
            scheduleProblem(state, command.atMinute(), command.atPhase(), changes.now());
        if (problem.isPresent()) {
            return problem.get();
        }
        if (card.get().played() != null) {
            return Room.reject(ErrorCode.INVALID_STATE, "card " + command.card() + " has already been played");
        }
        Schedule schedule = command.atMinute() == null && command.atPhase() == null
            ? null
            : new Schedule(command.atMinute(), command.atPhase());
        RoomState after = state.withRound(r -> r.withCard(command.card(), c -> c.scheduled(schedule)));
        RoundViews.announce(after, changes, DECK_HOLDERS);
        return changes.applied(after, by);
    }

    static Outcome add(RoomState state, String by, TwistMessages.TwistAdd command, Changes changes) {
        return addToDeck(state, by, new DeckFile(List.of(command.card()), List.of()),
            Cards.problem(command.card(), "card", state.limits()), changes);
    }

    static Outcome importDeck(RoomState state, String by, TwistMessages.DeckImport command, Changes changes) {
        return addToDeck(state, by, command.deck(),
            Cards.problem(command.deck(), state.limits()), changes);
    }

    /** Plays the cards scheduled for the start of phase {@code index}, at {@code at}. */
    static RoomState playScheduledFor(RoomState state, int index, long at, Changes changes) {
        RoomState after = state;
        for (Card card : state.round().deck()) {
            if (card.played() == null && card.schedule() != null && Integer.valueOf(index)
                .equals(card.schedule().atPhase())) {
                after = playAt(after, card.id(), at, changes);
            }
        }
        return after;
    }

    /**
     * Plays a card as of {@code at}: it joins the timeline, and everyone hears its text. The open assumptions it may
     * break are the interviewer side's to hear, like the deck, so that the candidate has to notice on their own.
     */
    static RoomState playAt(RoomState state, String cardId, long at, Changes changes) {
        Card card = state.round().card(cardId).orElseThrow();
        List<String> suggestions = Premises.suggestions(state.round().assumptions(), card);
        Card played = card.play(Moment.of(state.timer(), at), suggestions);
        changes.emit(Audience.EVERYONE, new RoomEvent.TwistPlayed(played.entry()));
        if (!suggestions.isEmpty()) {
            changes.emit(Sides.interviewerSideAudience(state), new RoomEvent.AssumptionSuggested(cardId, suggestions));
        }
        return state.withRound(r -> r.withCard(cardId, c -> played).withEntry(played.entry()));
    }

    /** A malformed moment is a bad message; a moment that has passed, or a round that is over, the wrong state. */
    private static Optional<Outcome.Rejected> scheduleProblem(RoomState state, Integer atMinute, Integer atPhase,
                                                              long now) {
        long maxMinute = TimerRules.MAX_DURATION_MS / 60_000;
        int phases = state.timer().phases().size();
        if (atMinute != null && atPhase != null) {
            return refuse(ErrorCode.BAD_MESSAGE,
                "atMinute and atPhase: give one of them, or neither to cancel the schedule");
        }
        if (atMinute != null && (atMinute < 1 || atMinute > maxMinute)) {
            return refuse(ErrorCode.BAD_MESSAGE, "atMinute: between 1 and " + maxMinute);
        }
        if (atPhase != null && (atPhase < 0 || atPhase >= phases)) {
            return refuse(ErrorCode.BAD_MESSAGE,
                "atPhase: between 0 and " + (phases - 1) + ", the phases of this round");
        }
        Stage stage = state.round().stage();
        if (stage != Stage.LOBBY && stage != Stage.RUNNING) {
            return refuse(ErrorCode.INVALID_STATE, "this round is over; its cards can no longer be scheduled");
        }
        boolean started = stage == Stage.RUNNING && state.timer().state() != State.IDLE;
        if (started && atMinute != null && atMinute * 60_000L <= state.timer().elapsedAt(now)) {
            return refuse(ErrorCode.INVALID_STATE, "minute " + atMinute + " of this round has already passed");
        }
        if (started && atPhase != null && atPhase <= state.timer().phase()) {
            return refuse(ErrorCode.INVALID_STATE, "phase " + atPhase + " has already started");
        }
        return Optional.empty();
    }

    private static Optional<Outcome.Rejected> refuse(ErrorCode code, String message) {
        return Optional.of(Room.reject(code, message));
    }

    /** @param problem what is wrong with the cards, found by the caller, who knows whether they came as a file */
    private static Outcome addToDeck(RoomState state, String by, DeckFile deck, Optional<Outcome.Rejected> problem,
                                     Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.interviewerOnly(state, by, "add cards to the deck");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (problem.isPresent()) {
            return problem.get();
        }
        List<DeckFile.CardDraft> twists = deck.twists() == null ? List.of() : deck.twists();
        List<DeckFile.ClarificationDraft> clarifications =
            deck.clarifications() == null ? List.of() : deck.clarifications();
        int limit = state.limits().maxDeckCards();
        if (state.round().deck().size() + twists.size() > limit
            || state.round().clarifications().size() + clarifications.size() > limit) {
            return Room.reject(ErrorCode.TOO_LARGE, "a round holds at most " + limit
                + " cards and " + limit + " clarifications");
        }
        if (state.round().stage() == Stage.DONE) {
            return Room.reject(ErrorCode.INVALID_STATE, "this round is done; add cards to the next one");
        }
        RoomState after = state.withRound(r -> r.withDeck(Cards.added(r.deck(), twists))
            .withClarifications(Cards.addedClarifications(r.clarifications(), clarifications)));
        RoundViews.announce(after, changes, DECK_HOLDERS);
        return changes.applied(after, by);
    }
}

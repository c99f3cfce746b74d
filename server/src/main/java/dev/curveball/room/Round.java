package dev.curveball.room;

import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One round: one prompt, one timer run, one deck, its notes and its scorecard. The seats are frozen into the round
 * when it starts, so its report names who played it after the seats move on.
 *
 * @param interviewer who held the interviewer seat when the round started; null in the lobby
 * @param candidate   who held the candidate seat when the round started; null in the lobby
 * @param phaseLog    the phases as actually run, in the round's running time
 * @param notes       the shared notes as they were when the round closed; null until then
 * @param guide       the catalog prompt's interviewer guide with this round's scope ticks, or null
 * @param assumptions the round's assumption log, in the order stated (a round stored before the log existed has
 *                    none)
 */
public record Round(int number, Stage stage, String promptId, Prompt prompt, List<Card> deck,
                    List<Clarification> clarifications, List<TimelineEntry> timeline, List<PhaseSpan> phaseLog,
                    Scorecard scorecard, Feedback feedback, Seat interviewer, Seat candidate, Long startedAt,
                    Long endedAt, String notes, RoundGuide guide, List<Assumption> assumptions) {

    public Round {
        deck = List.copyOf(deck);
        clarifications = List.copyOf(clarifications);
        timeline = List.copyOf(timeline);
        phaseLog = List.copyOf(phaseLog);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }

    static Round open(int number, RoundMaterial material) {
        return new Round(number, Stage.LOBBY, material.promptId(), material.prompt(), material.deck(),
            material.clarifications(), List.of(), List.of(), Scorecard.EMPTY, Feedback.EMPTY, null, null, null, null,
            null, material.guide(), List.of());
    }

    /** Whether this round is under way: the only time cards play and facts are revealed. */
    boolean running() {
        return stage == Stage.RUNNING;
    }

    java.util.Optional<Card> card(String id) {
        return deck.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    java.util.Optional<Clarification> clarification(String id) {
        return clarifications.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    Round withStage(Stage newStage) {
        return new Round(number, newStage, promptId, prompt, deck, clarifications, timeline, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    Round withPrompt(Prompt newPrompt) {
        return new Round(number, stage, promptId, newPrompt, deck, clarifications, timeline, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    Round withCard(String id, UnaryOperator<Card> change) {
        return withDeck(deck.stream().map(c -> c.id().equals(id) ? change.apply(c) : c).toList());
    }

    Round withDeck(List<Card> newDeck) {
        return new Round(number, stage, promptId, prompt, newDeck, clarifications, timeline, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    Round withClarifications(List<Clarification> newClarifications) {
        return new Round(number, stage, promptId, prompt, deck, newClarifications, timeline, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    Round withEntry(TimelineEntry entry) {
        List<TimelineEntry> longer = new ArrayList<>(timeline);
        longer.add(entry);
        return new Round(number, stage, promptId, prompt, deck, clarifications, longer, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    Round withPhaseLog(List<PhaseSpan> newLog) {
        return new Round(number, stage, promptId, prompt, deck, clarifications, timeline, newLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    /** Ends the phase span under way (if any) at {@code atMs} and, with a non-null {@code next}, starts another. */
    Round phaseMoved(long atMs, String next) {
        List<PhaseSpan> log = new ArrayList<>(phaseLog);
        if (!log.isEmpty() && log.get(log.size() - 1).endMs() == null) {
            log.set(log.size() - 1, log.get(log.size() - 1).end(atMs));
        }
        if (next != null) {
            log.add(new PhaseSpan(next, atMs, null));
        }
        return withPhaseLog(log);
    }

    Round withGuide(RoundGuide newGuide) {
        return new Round(number, stage, promptId, prompt, deck, clarifications, timeline, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, newGuide, assumptions);
    }

    java.util.Optional<Assumption> assumption(String id) {
        return assumptions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    Round withAssumptions(List<Assumption> newAssumptions) {
        return new Round(number, stage, promptId, prompt, deck, clarifications, timeline, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, newAssumptions);
    }

    /** Whether the round is over and done: its guide is then everyone's to read. */
    boolean done() {
        return stage == Stage.DONE;
    }

    Round withScorecard(Scorecard newScorecard) {
        return new Round(number, stage, promptId, prompt, deck, clarifications, timeline, phaseLog, newScorecard,
            feedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    Round withFeedback(Feedback newFeedback) {
        return new Round(number, stage, promptId, prompt, deck, clarifications, timeline, phaseLog, scorecard,
            newFeedback, interviewer, candidate, startedAt, endedAt, notes, guide, assumptions);
    }

    Round started(Seat newInterviewer, Seat newCandidate, long at) {
        return new Round(number, Stage.RUNNING, promptId, prompt, deck, clarifications, timeline, phaseLog,
            scorecard, feedback, newInterviewer, newCandidate, at, endedAt, notes, guide, assumptions);
    }

    Round ended(long at) {
        return new Round(number, Stage.FEEDBACK, promptId, prompt, deck, clarifications, timeline, phaseLog,
            scorecard, feedback, interviewer, candidate, startedAt, at, notes, guide, assumptions);
    }

    Round closed(String finalNotes) {
        return new Round(number, Stage.DONE, promptId, prompt, deck, clarifications, timeline, phaseLog, scorecard,
            feedback, interviewer, candidate, startedAt, endedAt, finalNotes, guide, assumptions);
    }
}

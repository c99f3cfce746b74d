package dev.curveball.protocol.view;

import java.util.List;

/**
 * The current round as one viewer may see it. {@code deck} is present only for the interviewer's side;
 * {@code clarifications} holds only revealed ones for everyone else; {@code scorecard} and {@code feedback} are
 * present only for whoever may read them (see the protocol README, "The round").
 *
 * @param interviewer id of the participant in the interviewer seat, or null while it is empty
 * @param candidate   id of the participant in the candidate seat, or null while it is empty
 * @param promptId    the catalog prompt the round uses, or null for a prompt written in the room
 */
public record RoundView(int number, Stage stage, String title, String promptId, String interviewer, String candidate,
                        List<CardView> deck, List<ClarificationView> clarifications, List<TimelineEntry> timeline,
                        ScorecardView scorecard, FeedbackView feedback) {

    public RoundView {
        deck = deck == null ? null : List.copyOf(deck);
        clarifications = List.copyOf(clarifications);
        timeline = List.copyOf(timeline);
    }
}

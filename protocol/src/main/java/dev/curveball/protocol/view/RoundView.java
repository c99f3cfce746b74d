package dev.curveball.protocol.view;

import java.util.List;

/**
 * The current round as one viewer may see it. {@code deck} is present only for the interviewer's side;
 * {@code clarifications} holds only revealed ones for everyone else; {@code scorecard} and {@code feedback} are
 * present only for whoever may read them; {@code guide} for the interviewer's side, and for everyone once the round is
 * done (see the protocol README, "The round").
 *
 * @param interviewer id of the participant in the interviewer seat, or null while it is empty
 * @param candidate   id of the participant in the candidate seat, or null while it is empty
 * @param promptId    the catalog prompt the round uses, or null for a prompt written in the room
 * @param guide       the catalog prompt's interviewer guide, or null when this viewer may not read it or there is none
 * @param assumptions the round's assumption log in the order stated; everyone's to read, in every stage
 */
public record RoundView(int number, Stage stage, String title, String promptId, String interviewer, String candidate,
                        List<CardView> deck, List<ClarificationView> clarifications, List<TimelineEntry> timeline,
                        ScorecardView scorecard, FeedbackView feedback, GuideView guide,
                        List<AssumptionView> assumptions) {

    public RoundView {
        deck = deck == null ? null : List.copyOf(deck);
        clarifications = List.copyOf(clarifications);
        timeline = List.copyOf(timeline);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }
}

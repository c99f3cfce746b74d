package dev.curveball.room;

import dev.curveball.protocol.view.FeedbackView;

/** The candidate's rating of the interviewer (1 to 4, null while unrated); private to the candidate until shared. */
public record Feedback(Integer level, String comment, boolean shared) {

    public static final Feedback EMPTY = new Feedback(null, "", false);

    Feedback share() {
        return new Feedback(level, comment, true);
    }

    public FeedbackView view() {
        return new FeedbackView(level, comment, shared);
    }
}

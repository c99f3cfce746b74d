package dev.curveball.protocol.view;

/** The candidate's rating of the interviewer, 1 to 4 (null while unrated), with a comment. */
public record FeedbackView(Integer level, String comment, boolean shared) {
}

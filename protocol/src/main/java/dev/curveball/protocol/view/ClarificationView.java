package dev.curveball.protocol.view;

/** A clarifying question and its answer; outside the interviewer's side only revealed ones are sent. */
public record ClarificationView(String id, String question, String answer, boolean revealed) {
}

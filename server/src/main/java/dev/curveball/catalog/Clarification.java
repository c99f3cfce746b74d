package dev.curveball.catalog;

/** A question a candidate is likely to ask, and the interviewer's answer (interviewer only until given). */
public record Clarification(String question, String answer) {
}

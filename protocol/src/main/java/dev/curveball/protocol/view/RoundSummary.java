package dev.curveball.protocol.view;

/** A finished round, enough to list it and fetch its report. */
public record RoundSummary(int number, String title, String interviewer, String candidate) {
}

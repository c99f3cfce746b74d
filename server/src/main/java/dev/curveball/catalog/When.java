package dev.curveball.catalog;

/**
 * When a card is best played: in the phase {@code phase} (a phase id of the same prompt), and, when {@code after} is
 * given, only once the candidate's design has reached that point (e.g. "a decision threshold exists").
 */
public record When(String phase, String after) {
}

package dev.curveball.protocol.view;

/**
 * When a card is best played: during the phase named {@code phase} (as the round's phase plan names it), and, when
 * {@code after} is present, once the candidate's design has reached that point.
 */
public record WhenView(String phase, String after) {
}

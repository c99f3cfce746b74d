package dev.curveball.protocol.view;

/**
 * Something the whole room saw happen in a round: a played twist ({@code kind} "twist", with its {@code stress}) or
 * a revealed fact ("fact": {@code title} is the question, {@code text} the answer). {@code ref} is the card's or the
 * clarification's id.
 */
public record TimelineEntry(String kind, String ref, String stress, String title, String text, long at,
                            long elapsedMs, String phase) {
}

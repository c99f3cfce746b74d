package dev.curveball.protocol.view;

/**
 * Something the whole room saw happen in a round: a played twist ({@code kind} "twist", with its {@code stress}), a
 * revealed fact ("fact": {@code title} is the question, {@code text} the answer), or a seat move in the lobby
 * ("seats": {@code text} names the new seats). {@code ref} is the card's or the clarification's id, or
 * "seats-N" for the round's Nth seat move.
 */
public record TimelineEntry(String kind, String ref, String stress, String title, String text, long at,
                            long elapsedMs, String phase) {
}

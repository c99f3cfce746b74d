package dev.curveball.catalog;

/**
 * A suggested phase of the interview and its length. {@code id} is what cards name in {@code when.phase}, so a prompt
 * can rename or re-time a phase without touching its deck.
 */
public record Phase(String id, String name, Integer minutes) {
}

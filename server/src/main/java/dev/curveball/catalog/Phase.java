package dev.curveball.catalog;

/** A suggested phase of the interview and its length. */
public record Phase(String name, Integer minutes) {
}

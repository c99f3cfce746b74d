package dev.curveball.protocol.view;

/**
 * One thing a complete answer covers, as the interviewer ticks it off during the round.
 *
 * @param id      {@code s1}, {@code s2}, … in the prompt's order
 * @param area    the part of an ML system it belongs to, e.g. {@code data-and-labels}
 * @param covered whether the interviewer has ticked it as covered
 */
public record ScopePointView(String id, String area, String point, boolean covered) {
}

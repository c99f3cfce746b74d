package dev.curveball.catalog;

/**
 * A number that follows from a prompt's figures, such as peak requests per second or the monthly model bill, with the
 * range it must stay in for the prompt to make sense. Checked when the catalog loads, at both ends of every figure's
 * range, so that a figure's range cannot be changed into a round that is absurd (a bill ten times the budget, a queue
 * no reviewer team could clear). Never shown to anyone. Boxed so that a missing field is reported, not zeroed.
 *
 * @param what       what the number is, e.g. "Peak questions per second"
 * @param expression arithmetic over figure keys: numbers, {@code + - * /} and parentheses
 * @param min        the lowest sensible value
 * @param max        the highest sensible value
 * @param unit       the unit the value is in, e.g. "questions/s"
 */
public record DerivedFigure(String what, String expression, Double min, Double max, String unit) {
}

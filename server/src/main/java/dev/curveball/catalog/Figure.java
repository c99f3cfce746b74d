package dev.curveball.catalog;

/**
 * A scale figure that varies per round: one of {@code min, min + step, …, max}. Whole numbers only; fractions are
 * written in a smaller unit (basis points, milliseconds). Boxed so that a missing field is reported, not zeroed.
 */
public record Figure(String key, String label, Long min, Long max, Long step, String unit) {

    /** How many values a draw can give; only meaningful once the figure is valid. */
    long choices() {
        return (max - min) / step + 1;
    }
}

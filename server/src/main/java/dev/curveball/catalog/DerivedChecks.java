package dev.curveball.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The build-time check of a prompt's derived figures ({@code derived} in SCHEMA.md): each expression must parse, read
 * only declared figures, and stay within its range at both ends of every figure range it reads. Every combination of
 * ends is tried (at most 2^6), which covers the whole drawable space for the monotonic formulas (products, quotients
 * and sums of figures) that back-of-the-envelope numbers are.
 */
final class DerivedChecks {
    private static final int MAX_WHAT = 120;
    /** Every prompt states at least one number that follows from its figures (its peak rate, its bill, its queue). */
    private static final int MIN_DERIVED = 1;

    private DerivedChecks() {
    }

    static void check(Fields fields, Prompt prompt) {
        List<DerivedFigure> derived = prompt.derived();
        if (!fields.count("derived", derived, MIN_DERIVED, Integer.MAX_VALUE)) {
            return;
        }
        Map<String, Figure> figures = validFigures(prompt.figures());
        for (int i = 0; i < derived.size(); i++) {
            String at = Problems.at("derived", i);
            DerivedFigure figure = derived.get(i);
            if (fields.present(at, figure)) {
                check(fields, at, figure, figures);
            }
        }
    }

    private static void check(Fields fields, String at, DerivedFigure derived, Map<String, Figure> figures) {
        fields.text(at + ".what", derived.what(), 1, MAX_WHAT);
        fields.present(at + ".unit", derived.unit());
        boolean bounds = fields.present(at + ".min", derived.min()) & fields.present(at + ".max", derived.max());
        if (bounds && derived.min() > derived.max()) {
            fields.add(at + ".min", "min " + number(derived.min()) + " is above max " + number(derived.max()));
            bounds = false;
        }
        if (!fields.present(at + ".expression", derived.expression())) {
            return;
        }
        Expression expression;
        try {
            expression = Expression.parse(derived.expression());
        } catch (IllegalArgumentException e) {
            fields.add(at + ".expression", e.getMessage());
            return;
        }
        List<String> unknown = expression.names().stream().filter(name -> !figures.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            fields.add(at + ".expression", "names no declared figure: " + unknown);
            return;
        }
        if (bounds) {
            corners(fields, at, derived, expression, figures);
        }
    }

    /** Evaluates at every combination of figure ends and reports the first corner below and above the range. */
    private static void corners(Fields fields, String at, DerivedFigure derived, Expression expression,
                                Map<String, Figure> figures) {
        List<String> names = new ArrayList<>(expression.names());
        boolean low = false;
        boolean high = false;
        for (int corner = 0; corner < 1 << names.size(); corner++) {
            Map<String, Double> values = new HashMap<>();
            for (int n = 0; n < names.size(); n++) {
                Figure figure = figures.get(names.get(n));
                values.put(names.get(n), (double) ((corner >> n & 1) == 0 ? figure.min() : figure.max()));
            }
            double value;
            try {
                value = expression.evaluate(values);
            } catch (ArithmeticException e) {
                fields.add(at + ".expression", e.getMessage() + " at " + describe(names, values));
                return;
            }
            if (value < derived.min() && !low) {
                low = true;
                fields.add(at, outside(derived, value, names, values));
            } else if (value > derived.max() && !high) {
                high = true;
                fields.add(at, outside(derived, value, names, values));
            }
        }
    }

    private static String outside(DerivedFigure derived, double value, List<String> names, Map<String, Double> values) {
        return "\"" + derived.what() + "\" is " + number(value) + " " + derived.unit() + " at "
            + describe(names, values) + ", outside " + number(derived.min()) + "-" + number(derived.max());
    }

    private static String describe(List<String> names, Map<String, Double> values) {
        if (names.isEmpty()) {
            return "every draw";
        }
        return String.join(", ", names.stream().map(n -> n + "=" + number(values.get(n))).toList());
    }

    /** 62.5 as "62.5", 12000.0 as "12000": short and exact enough to find the figure to fix. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.3g", value);
    }

    /** The figures whose key, min and max are usable; the others are reported by the figure checks. */
    private static Map<String, Figure> validFigures(List<Figure> figures) {
        Map<String, Figure> valid = new HashMap<>();
        if (figures != null) {
            for (Figure figure : figures) {
                if (figure != null && figure.key() != null && figure.min() != null && figure.max() != null) {
                    valid.putIfAbsent(figure.key(), figure);
                }
            }
        }
        return valid;
    }
}

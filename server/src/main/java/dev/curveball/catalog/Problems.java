package dev.curveball.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with the catalog, each line as {@code <file>: <field>: <what>}, so all are shown at once. */
final class Problems {
    private final List<String> lines = new ArrayList<>();

    void add(String file, String field, String message) {
        lines.add(file + ": " + field + ": " + message);
    }

    void add(String file, String message) {
        lines.add(file + ": " + message);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Field path of an element of a list, e.g. {@code twists[3]}. */
    static String at(String list, int index) {
        return list + "[" + index + "]";
    }
}

package dev.curveball.catalog;

import java.util.List;

/** Presence, length and count checks of one catalog file's fields, each failure reported by file and field. */
final class Fields {
    private final String file;
    private final Problems problems;

    Fields(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    void add(String field, String message) {
        problems.add(file, field, message);
    }

    /** Reports a missing value or a blank string; true when the value is there. */
    boolean present(String field, Object value) {
        if (value == null) {
            problems.add(file, field, "missing");
            return false;
        }
        if (value instanceof String text && text.isBlank()) {
            problems.add(file, field, "must not be blank");
            return false;
        }
        return true;
    }

    /** A present string of {@code min}–{@code max} UTF-16 code units. */
    void text(String field, String text, int min, int max) {
        if (present(field, text)) {
            length(field, text, min, max);
        }
    }

    /** The length of a string known to be present: {@code min}–{@code max} UTF-16 code units. */
    void length(String field, String text, int min, int max) {
        if (text.length() < min) {
            problems.add(file, field, text.length() + " characters, at least " + min);
        } else if (text.length() > max) {
            problems.add(file, field, text.length() + " characters, at most " + max);
        }
    }

    /** A present list of {@code min}–{@code max} entries; true when it is present (whatever its size). */
    boolean count(String field, List<?> list, int min, int max) {
        if (!present(field, list)) {
            return false;
        }
        if (list.size() < min) {
            problems.add(file, field, list.size() + " entries, at least " + min);
        } else if (list.size() > max) {
            problems.add(file, field, list.size() + " entries, at most " + max);
        }
        return true;
    }
}

package dev.curveball.protocol;

/** Shape checks used by the message records; the exception message names the broken field. */
final class Require {
    private Require() {
    }

    static void present(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}

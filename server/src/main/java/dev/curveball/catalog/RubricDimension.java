package dev.curveball.catalog;

import java.util.List;

/** One scored dimension; {@code levels.get(0)} describes level 1, the weakest, and begins with "1: ". */
public record RubricDimension(String id, String name, List<String> levels) {
}

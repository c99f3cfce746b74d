package dev.curveball.catalog;

import java.util.List;

/** The catalog cannot be used; carries every problem found, each naming the file and the field. */
public final class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the prompt catalog:\n  "
            + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

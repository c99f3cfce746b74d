package dev.curveball.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated prompt catalog and rubric of a node. Immutable; loaded once per node by {@link CatalogLoader}. */
public final class Catalog {
    private final List<Prompt> prompts;
    private final Map<String, Prompt> byId;
    private final Rubric rubric;

    /** @param prompts prompts with unique ids; kept ordered by id */
    public Catalog(Collection<Prompt> prompts, Rubric rubric) {
        this.prompts = prompts.stream().sorted(Comparator.comparing(Prompt::id)).toList();
        this.byId = this.prompts.stream().collect(Collectors.toUnmodifiableMap(Prompt::id, Function.identity()));
        this.rubric = rubric;
    }

    /** Every prompt, ordered by id. */
    public List<Prompt> prompts() {
        return prompts;
    }

    public Optional<Prompt> prompt(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Rubric rubric() {
        return rubric;
    }
}

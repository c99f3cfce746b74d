package dev.curveball.http;

import dev.curveball.catalog.Catalog;
import dev.curveball.catalog.FigureDraw;
import dev.curveball.room.Prompt;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Turns catalog prompts into a room's prompt: the figures drawn afresh for every room (so a study group cannot pass
 * answers around), the statement and its constraints as the text. The draw happens here, at the edge, never in
 * the room state machine.
 */
final class CatalogPrompts {
    private final Catalog catalog;
    private final RandomGenerator random;

    CatalogPrompts(Catalog catalog, RandomGenerator random) {
        this.catalog = catalog;
        this.random = random;
    }

    Optional<Prompt> drawn(String promptId) {
        return catalog.prompt(promptId).map(this::draw);
    }

    Optional<Prompt> surprise() {
        List<dev.curveball.catalog.Prompt> prompts = catalog.prompts();
        return prompts.isEmpty() ? Optional.empty() : Optional.of(draw(prompts.get(random.nextInt(prompts.size()))));
    }

    private Prompt draw(dev.curveball.catalog.Prompt template) {
        dev.curveball.catalog.Prompt filled = FigureDraw.draw(template, random).fill(template);
        String constraints = filled.constraints().stream().map(c -> "- " + c).collect(Collectors.joining("\n"));
        return new Prompt(filled.title(), filled.statement() + "\n\nConstraints:\n" + constraints, false);
    }
}

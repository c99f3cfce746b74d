package dev.curveball.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One round's values for a prompt's figures, and the prompt's text with them written in. Pure: the same seed gives
 * the same draw on every node and every JDK, so a room can store the seed rather than the text.
 *
 * @param values figure key to drawn value, in the prompt's figure order
 */
public record FigureDraw(Map<String, Long> values) {

    public FigureDraw {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Draws one value per figure, {@code min + k·step}, uniformly over the grid, in the prompt's figure order. */
    public static FigureDraw draw(Prompt prompt, RandomGenerator random) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Figure figure : prompt.figures()) {
            values.put(figure.key(), figure.min() + random.nextLong(figure.choices()) * figure.step());
        }
        return new FigureDraw(values);
    }

    public static FigureDraw draw(Prompt prompt, long seed) {
        return draw(prompt, new SplittableRandom(seed));
    }

    /** {@code 12000} as {@code "12,000"}: figures are read aloud in interviews, so they are grouped for reading. */
    public static String format(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Replaces every {@code {{key}}} of a drawn figure; placeholders naming no figure are left as written. */
    public String fill(String text) {
        return Placeholders.replace(text, key -> values.containsKey(key) ? format(values.get(key)) : null);
    }

    /** The prompt with the draw written into every text; ids, tags, areas, stresses and figures are unchanged. */
    public Prompt fill(Prompt prompt) {
        return new Prompt(prompt.id(), fill(prompt.title()), prompt.tags(), prompt.difficulty(), prompt.levels(),
            prompt.focus(), fill(prompt.statement()), prompt.figures(), fillAll(prompt.constraints()),
            prompt.scope().stream().map(s -> new ScopePoint(s.area(), fill(s.point()))).toList(),
            prompt.clarifications().stream()
                .map(c -> new Clarification(fill(c.question()), fill(c.answer()))).toList(),
            prompt.phases(), prompt.phases60(),
            prompt.twists().stream()
                .map(t -> new Twist(t.id(), t.stress(), fill(t.title()), fill(t.text()), fill(t.guidance()), t.when(),
                    fill(t.probe()), t.core(), t.follows(), t.assumes() == null ? null : fillAll(t.assumes())))
                .toList(),
            fill(prompt.strongAnswer()), fillAll(prompt.commonMistakes()), prompt.derived());
    }

    private List<String> fillAll(List<String> texts) {
        return texts.stream().map(this::fill).toList();
    }
}

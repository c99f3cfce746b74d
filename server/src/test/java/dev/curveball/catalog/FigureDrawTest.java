package dev.curveball.catalog;

import dev.curveball.protocol.Stress;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.Codec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureDrawTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.fromClasspath();
    }

    @Test
    void theSameSeedGivesTheSameDrawAndTheSameText() {
        assertAll(catalog.prompts().stream().map(prompt -> (Executable) () -> {
            FigureDraw once = FigureDraw.draw(prompt, 42L);
            FigureDraw again = FigureDraw.draw(prompt, 42L);

            assertEquals(once, again, prompt.id());
            assertEquals(once.fill(prompt), again.fill(prompt), prompt.id());
        }));
    }

    @Test
    void aDrawFromAGeneratorMatchesTheDrawFromItsSeed() {
        Prompt prompt = catalog.prompts().get(0);

        assertEquals(FigureDraw.draw(prompt, 7L), FigureDraw.draw(prompt, new SplittableRandom(7L)));
    }

    @Test
    void everyDrawnValueLiesOnItsFiguresGrid() {
        assertAll(catalog.prompts().stream().map(prompt -> (Executable) () -> {
            for (long seed = 0; seed < 200; seed++) {
                Map<String, Long> values = FigureDraw.draw(prompt, seed).values();
                assertEquals(prompt.figures().size(), values.size());
                for (Figure figure : prompt.figures()) {
                    long value = values.get(figure.key());
                    assertTrue(value >= figure.min() && value <= figure.max(), prompt.id() + " " + figure + " " + value);
                    assertEquals(0, (value - figure.min()) % figure.step(), prompt.id() + " " + figure + " " + value);
                }
            }
        }));
    }

    @Test
    void everyPointOfTheGridCanBeDrawnIncludingBothEnds() {
        Prompt prompt = tiny(new Figure("tps", "Peak payments per second", 4000L, 6000L, 1000L, "payments/s"));

        Set<Long> seen = new HashSet<>();
        LongStream.range(0, 200).forEach(seed -> seen.add(FigureDraw.draw(prompt, seed).values().get("tps")));

        assertEquals(Set.of(4000L, 5000L, 6000L), seen);
    }

    @Test
    void differentSeedsGiveDifferentRounds() {
        Prompt prompt = tiny(new Figure("tps", "Peak payments per second", 1000L, 100_000L, 1000L, "payments/s"));

        Set<FigureDraw> draws = new HashSet<>();
        LongStream.range(0, 20).forEach(seed -> draws.add(FigureDraw.draw(prompt, seed)));

        assertTrue(draws.size() > 10, draws.toString());
    }

    @Test
    void everyPlaceholderOfEveryShippedPromptIsReplaced() {
        assertAll(catalog.prompts().stream().map(prompt -> (Executable) () -> {
            String filled = Codec.mapper().writeValueAsString(FigureDraw.draw(prompt, 3L).fill(prompt));

            assertFalse(filled.contains("{{"), prompt.id() + " still holds a placeholder: " + filled);
        }));
    }

    @Test
    void drawnValuesAreWrittenIntoEveryDrawnField() {
        Prompt prompt = tiny(new Figure("tps", "Peak payments per second", 12000L, 12000L, 1000L, "payments/s"));

        Prompt filled = FigureDraw.draw(prompt, 1L).fill(prompt);

        assertEquals("Score 12,000 payments per second.", filled.statement());
        assertEquals(List.of("12,000 payments/s at peak"), filled.constraints());
        assertEquals("Peak is 12,000.", filled.clarifications().get(0).answer());
        assertEquals("Traffic doubles to more than 12,000.", filled.twists().get(0).text());
        assertEquals("Ask what 12,000 means for the feature store.", filled.twists().get(0).guidance());
        assertEquals(List.of("peak traffic stays near 12,000 payments/s"), filled.twists().get(0).assumes(),
            "a card's premises quote the round's numbers too");
        assertEquals(prompt.figures(), filled.figures());
    }

    @Test
    void aPlaceholderNamingNoFigureIsLeftAsWritten() {
        FigureDraw draw = new FigureDraw(Map.of("tps", 12000L));

        assertEquals("{{other}} and 12,000 and {tps}", draw.fill("{{other}} and {{tps}} and {tps}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "950|950", "1000|1,000", "12000|12,000", "1234567|1,234,567",
        "-25000|-25,000"})
    void numbersAreGroupedByThousandsWithCommas(long value, String written) {
        assertEquals(written, FigureDraw.format(value));
    }

    private static Prompt tiny(Figure figure) {
        return new Prompt("tiny", "Tiny", List.of("test"), Difficulty.EASY, "L4", List.of("data"),
            "Score {{tps}} payments per second.", List.of(figure),
            List.of("{{tps}} payments/s at peak"), List.of(new ScopePoint("scaling", "Size the store.")),
            List.of(new Clarification("What is peak?", "Peak is {{tps}}.")), List.of(new Phase("all", "All", 45)),
            List.of(new Phase("all", "All", 60)),
            List.of(new Twist("double", Stress.SCALE, "Double", "Traffic doubles to more than {{tps}}.",
                "Ask what {{tps}} means for the feature store.", new When("all", null),
                "What breaks first at {{tps}} payments per second?", true, null,
                List.of("peak traffic stays near {{tps}} payments/s"))),
            "A strong answer sizes the store for {{tps}} payments per second.",
            List.of("Forgets that {{tps}} is the peak, not the average."), null);
    }
}

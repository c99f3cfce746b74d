package dev.curveball.catalog;

import dev.curveball.protocol.Stress;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.curveball.protocol.Codec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The catalog the server ships: it loads, it validates, and it is big enough to practise with. */
class CatalogTest {
    /** Surefire runs in the module directory; the sources, not target/, are the truth about which files exist. */
    private static final Path PROMPTS_DIR = Path.of("src/main/resources/catalog/prompts");
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.fromClasspath();
    }

    @Test
    void theShippedCatalogLoadsAndValidates() {
        assertTrue(catalog.prompts().size() > 0);
        assertEquals(Rubric.DIMENSION_IDS, catalog.rubric().dimensions().stream().map(RubricDimension::id).toList());
    }

    @Test
    void theCatalogHoldsAtLeast32Prompts() {
        assertTrue(catalog.prompts().size() >= 32, "only " + catalog.prompts().size() + " prompts");
    }

    @Test
    void everyPromptHasAtLeast8TwistsOverAtLeast5Stresses() {
        assertAll(catalog.prompts().stream().map(prompt -> (Executable) () -> {
            EnumSet<Stress> stresses = EnumSet.noneOf(Stress.class);
            prompt.twists().forEach(t -> stresses.add(t.stress()));
            assertTrue(prompt.twists().size() >= 8, prompt.id() + ": " + prompt.twists().size() + " twists");
            assertTrue(stresses.size() >= 5, prompt.id() + ": stresses " + stresses);
        }));
    }

    @Test
    void everyCoreCardNamesThePremisesItOverturns() {
        // The room matches a played card's premises against the candidate's assumption log: a core card, the
        // problem's central tension, is the one a round most often plays.
        assertAll(catalog.prompts().stream().flatMap(prompt -> prompt.twists().stream().filter(Twist::core)
            .map(card -> (Executable) () -> assertTrue(card.assumes() != null && !card.assumes().isEmpty(),
                prompt.id() + ": core card " + card.id() + " names no premise in assumes"))));
    }

    @Test
    void promptIdsAreUniqueAndListedInOrder() {
        List<String> ids = catalog.prompts().stream().map(Prompt::id).toList();

        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void theIndexListsExactlyThePromptFilesOfTheDirectory() throws IOException {
        List<String> indexed;
        try (InputStream in = Objects.requireNonNull(
            getClass().getClassLoader().getResourceAsStream("catalog/prompts/index.json"))) {
            indexed = Codec.mapper().readValue(in, new TypeReference<List<String>>() { });
        }
        List<String> present;
        try (Stream<Path> files = Files.list(PROMPTS_DIR)) {
            present = files.map(f -> f.getFileName().toString())
                .filter(name -> name.endsWith(".json") && !name.equals("index.json"))
                .sorted()
                .toList();
        }

        assertEquals(present, indexed.stream().sorted().toList(), "index.json must list every prompt file, only once");
    }

    @Test
    void aPromptIsFoundByItsId() {
        Prompt first = catalog.prompts().get(0);

        assertEquals(first, catalog.prompt(first.id()).orElseThrow());
        assertTrue(catalog.prompt("no-such-prompt").isEmpty());
    }

    @Test
    void aBrokenCatalogOnTheClasspathFailsToLoadWithEveryProblemNamed(@TempDir Path dir) throws IOException {
        Path catalogDir = dir.resolve("catalog");
        Files.createDirectories(catalogDir.resolve("prompts"));
        copy("catalog/rubric.json", catalogDir.resolve("rubric.json"));
        String first = catalog.prompts().get(0).id();
        copy("catalog/prompts/" + first + ".json", catalogDir.resolve("prompts/renamed.json"));
        Files.writeString(catalogDir.resolve("prompts/index.json"), "[\"renamed.json\", \"missing.json\"]");

        CatalogException failure;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            failure = assertThrows(CatalogException.class, () -> CatalogLoader.fromClasspath(loader));
        }

        assertEquals(2, failure.problems().size(), failure.getMessage());
        assertTrue(failure.getMessage().contains(
            "prompts/renamed.json: id: \"" + first + "\" must equal the file name, \"renamed\""), failure.getMessage());
        assertTrue(failure.getMessage().contains("prompts/missing.json: not found"), failure.getMessage());
    }

    @Test
    void everyPromptHasAUniqueTitle() {
        List<String> titles = catalog.prompts().stream().map(Prompt::title).toList();

        assertEquals(titles.size(), new HashSet<>(titles).size(), "duplicate titles in " + titles);
    }

    private void copy(String resource, Path target) throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(resource))) {
            Files.copy(in, target);
        }
    }
}

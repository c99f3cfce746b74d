package dev.curveball.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.TestNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@code GET /api/catalog} on a real node: a picker's worth of titles, and nothing a candidate must not see. */
class CatalogApiTest {
    /** A text fragment this long is specific enough that finding it in the listing means it leaked. */
    private static final int FRAGMENT = 24;
    private static TestNode node;
    private static Catalog catalog;

    @BeforeAll
    static void start() {
        node = TestNode.start();
        catalog = CatalogLoader.fromClasspath();
    }

    @AfterAll
    static void stop() throws Exception {
        node.close();
    }

    @Test
    void theCatalogListsEveryPromptByIdWithItsTitleTagsDeckSizeAndCalibration() throws Exception {
        HttpResponse<String> response = node.get("/api/catalog");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        JsonNode body = Codec.mapper().readTree(response.body());
        assertEquals(Set.of("prompts", "rubric", "partialCredit", "verdicts"), fieldNames(body));
        JsonNode prompts = body.get("prompts");
        assertEquals(catalog.prompts().size(), prompts.size());
        for (int i = 0; i < prompts.size(); i++) {
            Prompt prompt = catalog.prompts().get(i);
            JsonNode entry = prompts.get(i);
            assertEquals(Set.of("id", "title", "tags", "twists", "difficulty", "levels", "focus"), fieldNames(entry));
            assertEquals(prompt.id(), entry.get("id").asText());
            assertEquals(prompt.title(), entry.get("title").asText());
            assertEquals(prompt.tags(), Codec.mapper().convertValue(entry.get("tags"), List.class));
            assertEquals(prompt.twists().size(), entry.get("twists").asInt());
            assertEquals(prompt.difficulty().wireName(), entry.get("difficulty").asText());
            assertTrue(Set.of("easy", "medium", "hard").contains(entry.get("difficulty").asText()));
            assertEquals(prompt.levels(), entry.get("levels").asText());
            assertEquals(prompt.focus(), Codec.mapper().convertValue(entry.get("focus"), List.class));
        }
    }

    @Test
    void theCatalogCarriesThePartialCreditRuleAndTheVerdictTableStrongestFirst() throws Exception {
        JsonNode body = Codec.mapper().readTree(node.get("/api/catalog").body());

        assertEquals(catalog.rubric().partialCredit(), body.get("partialCredit").asText());
        JsonNode verdicts = body.get("verdicts");
        assertEquals(catalog.rubric().verdicts().size(), verdicts.size());
        assertEquals("Strong hire", verdicts.get(0).get("verdict").asText());
        assertEquals("No hire", verdicts.get(verdicts.size() - 1).get("verdict").asText());
        assertEquals(1.0, verdicts.get(verdicts.size() - 1).get("minAverage").asDouble());
    }

    @Test
    void theCatalogListsTheRubricDimensionsInOrderWithTheirNamesAndFourLevels() throws Exception {
        JsonNode rubric = Codec.mapper().readTree(node.get("/api/catalog").body()).get("rubric");

        List<RubricDimension> dimensions = catalog.rubric().dimensions();
        assertEquals(Rubric.DIMENSION_IDS.size(), rubric.size());
        for (int i = 0; i < rubric.size(); i++) {
            JsonNode entry = rubric.get(i);
            assertEquals(Set.of("id", "name", "levels"), fieldNames(entry));
            assertEquals(Rubric.DIMENSION_IDS.get(i), entry.get("id").asText());
            assertEquals(dimensions.get(i).name(), entry.get("name").asText());
            assertEquals(dimensions.get(i).levels(), Codec.mapper().convertValue(entry.get("levels"), List.class));
            assertEquals(4, entry.get("levels").size());
        }
    }

    @Test
    void noStatementCardGuidanceProbeAnswerStrongAnswerOrMistakeOfAnyPromptAppearsInTheResponse() throws Exception {
        String body = node.get("/api/catalog").body();
        List<String> strings = new ArrayList<>();
        collectStrings(Codec.mapper().readTree(body), strings);

        assertAll(catalog.prompts().stream().flatMap(CatalogApiTest::secrets).map(secret -> (Executable) () -> {
            String fragment = fragment(secret);
            assertFalse(body.contains(secret), "leaked: " + secret);
            assertFalse(body.contains(fragment), "leaked: " + fragment);
            assertTrue(strings.stream().noneMatch(s -> s.contains(fragment)), "leaked: " + fragment);
        }));
    }

    /** Everything of a prompt that is for the interviewer only, or only for after the round starts. */
    private static Stream<String> secrets(Prompt prompt) {
        return Stream.of(
            Stream.of(prompt.statement()),
            prompt.constraints().stream(),
            prompt.scope().stream().map(ScopePoint::point),
            prompt.clarifications().stream().map(Clarification::answer),
            prompt.twists().stream().flatMap(t -> Stream.of(t.title(), t.text(), t.guidance(), t.probe())),
            prompt.twists().stream().map(t -> t.when().after()).filter(Objects::nonNull),
            prompt.twists().stream().filter(t -> t.assumes() != null).flatMap(t -> t.assumes().stream()),
            Stream.of(prompt.strongAnswer()),
            prompt.commonMistakes().stream()
        ).flatMap(s -> s);
    }

    /** The opening words of a text, before any placeholder, so the check holds whatever was drawn. */
    private static String fragment(String text) {
        int placeholder = text.indexOf("{{");
        String head = placeholder >= 0 && placeholder >= FRAGMENT ? text.substring(0, placeholder) : text;
        return head.substring(0, Math.min(FRAGMENT, head.length()));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        StreamSupport.stream(node.spliterator(), false).forEach(child -> collectStrings(child, into));
    }
}

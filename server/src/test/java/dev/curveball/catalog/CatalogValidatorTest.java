package dev.curveball.catalog;

import static dev.curveball.catalog.BrokenCatalogs.array;
import static dev.curveball.catalog.BrokenCatalogs.base;
import static dev.curveball.catalog.BrokenCatalogs.broken;
import static dev.curveball.catalog.BrokenCatalogs.bytes;
import static dev.curveball.catalog.BrokenCatalogs.derived;
import static dev.curveball.catalog.BrokenCatalogs.figure;
import static dev.curveball.catalog.BrokenCatalogs.figureKey;
import static dev.curveball.catalog.BrokenCatalogs.load;
import static dev.curveball.catalog.BrokenCatalogs.phase;
import static dev.curveball.catalog.BrokenCatalogs.phaseMinutes;
import static dev.curveball.catalog.BrokenCatalogs.problems;
import static dev.curveball.catalog.BrokenCatalogs.resize;
import static dev.curveball.catalog.BrokenCatalogs.rubric;
import static dev.curveball.catalog.BrokenCatalogs.twist;
import static dev.curveball.catalog.BrokenCatalogs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of SCHEMA.md, proven by breaking a valid prompt (or the rubric, or the index) in exactly one way and
 * reading the problem the loader reports: it must name the file and the field.
 */
class CatalogValidatorTest {
    private static final String BASE = BrokenCatalogs.BASE_PROMPT;
    private static final String FILE = "prompts/" + BASE + ".json: ";
    private static final String FIRST_FIGURE = figureKey(base());

    @Test
    void theUneditedBasePromptIsValid() {
        assertEquals(List.of(), problems(Map.of(BASE + ".json", base()), rubric(), List.of(BASE + ".json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPrompts")
    void aBrokenPromptIsRejectedNamingTheField(Consumer<ObjectNode> edit, String expected) {
        ObjectNode prompt = base();
        edit.accept(prompt);

        List<String> problems = problems(Map.of(BASE + ".json", prompt), rubric(), List.of(BASE + ".json"));

        assertTrue(problems.stream().anyMatch(p -> p.startsWith(FILE + expected)),
            "expected \"" + FILE + expected + "…\" among " + problems);
    }

    static Stream<Arguments> brokenPrompts() {
        return Stream.of(
            broken("id in capitals", p -> p.put("id", "Card_Fraud"), "id: \"Card_Fraud\" is not lowercase kebab-case"),
            broken("id other than the file name", p -> p.put("id", "card-fraud"),
                "id: \"card-fraud\" must equal the file name, \"" + BASE + "\""),
            broken("title missing", p -> p.remove("title"), "title: missing"),
            broken("title blank", p -> p.put("title", "  "), "title: must not be blank"),
            broken("title too long", p -> p.put("title", "t".repeat(121)), "title: 121 characters, at most 120"),
            broken("statement too short", p -> p.put("statement", "s".repeat(199)),
                "statement: 199 characters, at least 200"),
            broken("statement too long", p -> p.put("statement", "s".repeat(1501)),
                "statement: 1501 characters, at most 1500"),
            broken("no tags", p -> p.putArray("tags"), "tags: 0 entries, at least 1"),
            broken("seven tags", p -> resize(p, "tags", 7), "tags: 7 entries, at most 6"),
            broken("tag not kebab-case", p -> array(p, "tags").set(0, "Fraud Ops"),
                "tags[0]: \"Fraud Ops\" is not lowercase kebab-case"),
            broken("tag repeated", p -> p.putArray("tags").add("fraud").add("fraud"),
                "tags[1]: \"fraud\" is listed twice"),
            broken("no figures", p -> p.putArray("figures"), "figures: 0 entries, at least 1"),
            broken("seven figures", p -> resize(p, "figures", 7), "figures: 7 entries, at most 6"),
            broken("figure key not camelCase", p -> figure(p).put("key", "peak_tps"),
                "figures[0].key: \"peak_tps\" is not camelCase"),
            broken("figure key declared twice", p -> array(p, "figures").insert(0, figure(p).deepCopy()),
                "figures[1].key: \"" + FIRST_FIGURE + "\" is declared twice"),
            broken("figure label missing", p -> figure(p).remove("label"), "figures[0].label: missing"),
            broken("figure unit blank", p -> figure(p).put("unit", ""), "figures[0].unit: must not be blank"),
            broken("figure min above max", p -> figure(p).put("min", 10).put("max", 5).put("step", 1),
                "figures[0].min: 10 is greater than max 5"),
            broken("figure step zero", p -> figure(p).put("step", 0), "figures[0].step: 0, must be greater than 0"),
            broken("figure span not a multiple of step", p -> figure(p).put("min", 0).put("max", 10).put("step", 3),
                "figures[0].step: max - min = 10 is not a multiple of 3"),
            broken("figure min a fraction", p -> figure(p).put("min", 1.5), "figures[0].min: expected a whole number"),
            broken("undeclared placeholder in a twist", p -> twist(p, 0).put("text", twist(p, 0).get("text").asText()
                + " {{nope}}"), "twists[0].text: {{nope}} is not a declared figure"),
            broken("undeclared placeholder in guidance", p -> twist(p, 1).put("guidance",
                twist(p, 1).get("guidance").asText() + " {{nope}}"), "twists[1].guidance: {{nope}} is not a declared"),
            broken("unmatched braces", p -> p.put("statement", p.get("statement").asText() + " {{tps}"),
                "statement: has unmatched braces"),
            broken("placeholder in the title", p -> p.put("title", "Fraud at {{" + figureKey(p) + "}}"),
                "title: placeholders are allowed only in"),
            broken("placeholder in a scope point", p -> ((ObjectNode) array(p, "scope").get(0)).put("point",
                "At {{" + figureKey(p) + "}}"), "scope[0].point: placeholders are allowed only in"),
            broken("figure never used", p -> array(p, "figures").insertObject(0).put("key", "unusedFigure")
                    .put("label", "Unused").put("min", 1).put("max", 2).put("step", 1).put("unit", "things"),
                "figures[0].key: figure \"unusedFigure\" is never used as {{unusedFigure}}"),
            broken("two constraints", p -> resize(p, "constraints", 2), "constraints: 2 entries, at least 3"),
            broken("nine constraints", p -> resize(p, "constraints", 9), "constraints: 9 entries, at most 8"),
            broken("constraint without a number", p -> array(p, "constraints").set(0, "It must be fast"),
                "constraints[0]: states no number"),
            broken("five scope points", p -> resize(p, "scope", 5), "scope: 5 entries, at least 6"),
            broken("thirteen scope points", p -> resize(p, "scope", 13), "scope: 13 entries, at most 12"),
            broken("unknown scope area", p -> ((ObjectNode) array(p, "scope").get(0)).put("area", "ops"),
                "scope[0].area: \"ops\" is not one of"),
            broken("scope in too few areas", p -> array(p, "scope").forEach(s -> ((ObjectNode) s).put("area", "cost")),
                "scope: 1 distinct areas, at least 6"),
            broken("three clarifications", p -> resize(p, "clarifications", 3), "clarifications: 3 entries, at least 4"),
            broken("eleven clarifications", p -> resize(p, "clarifications", 11),
                "clarifications: 11 entries, at most 10"),
            broken("blank answer", p -> ((ObjectNode) array(p, "clarifications").get(0)).put("answer", " "),
                "clarifications[0].answer: must not be blank"),
            broken("two phases", p -> resize(p, "phases", 2), "phases: 2 entries, at least 3"),
            broken("seven phases", p -> resize(p, "phases", 7), "phases: 7 entries, at most 6"),
            broken("a phase of 0 minutes", p -> phase(p, 0).put("minutes", 0), "phases[0].minutes: 0, must be 1-30"),
            broken("a phase of 31 minutes", p -> phase(p, 0).put("minutes", 31), "phases[0].minutes: 31, must be 1-30"),
            broken("phases too long in total", p -> phaseMinutes(p, 30), "phases: 90 minutes in total; the 45-minute plan totals 45"),
            broken("phases too short in total", p -> phaseMinutes(p, 2), "phases: 6 minutes in total; the 45-minute plan totals 45"),
            broken("no 60-minute plan", p -> p.remove("phases60"), "phases60: missing"),
            broken("a 60-minute plan of 52 minutes", p -> ((ObjectNode) array(p, "phases60").get(2)).put("minutes", 20),
                "phases60: 52 minutes in total; the 60-minute plan totals 60"),
            broken("a 60-minute plan with another phase", p -> ((ObjectNode) array(p, "phases60").get(1))
                .put("id", "serving"), "phases60: must list the phases of \"phases\" (same ids and names, same order)"),
            broken("seven twists", p -> resize(p, "twists", 7), "twists: 7 entries, at least 8"),
            broken("twist id repeated", p -> {
                twist(p, 0).put("id", "same");
                twist(p, 1).put("id", "same");
            }, "twists[1].id: \"same\" is used by an earlier twist"),
            broken("twist id not kebab-case", p -> twist(p, 0).put("id", "Lag 90"),
                "twists[0].id: \"Lag 90\" is not lowercase kebab-case"),
            broken("unknown stress", p -> twist(p, 0).put("stress", "speed"),
                "twists[0].stress: \"speed\" is not one of latency, scale, cost, data-quality, label-delay, drift, "
                    + "privacy, feedback-loops, human-oversight, cold-start, outage"),
            broken("stress missing", p -> twist(p, 0).remove("stress"), "twists[0].stress: missing"),
            broken("twists touching one stress", p -> array(p, "twists").forEach(t -> ((ObjectNode) t)
                .put("stress", "latency")), "twists: 1 distinct stresses, at least 5"),
            broken("twist title too long", p -> twist(p, 2).put("title", "t".repeat(121)),
                "twists[2].title: 121 characters, at most 120"),
            broken("twist text too short", p -> twist(p, 3).put("text", "x".repeat(39)),
                "twists[3].text: 39 characters, at least 40"),
            broken("twist text too long", p -> twist(p, 3).put("text", "x".repeat(412)),
                "twists[3].text: 412 characters, at most 400"),
            broken("guidance too short", p -> twist(p, 4).put("guidance", "g".repeat(79)),
                "twists[4].guidance: 79 characters, at least 80"),
            broken("guidance too long", p -> twist(p, 4).put("guidance", "g".repeat(801)),
                "twists[4].guidance: 801 characters, at most 800"),
            broken("difficulty missing", p -> p.remove("difficulty"), "difficulty: missing"),
            broken("difficulty not a level of difficulty", p -> p.put("difficulty", "brutal"),
                "difficulty: \"brutal\" is not one of easy, medium, hard"),
            broken("levels not a range", p -> p.put("levels", "senior"), "levels: \"senior\" is not a level range"),
            broken("levels upside down", p -> p.put("levels", "L6–L4"),
                "levels: \"L6–L4\" must go from the lower level to the higher"),
            broken("no focus", p -> p.putArray("focus"), "focus: 0 entries, at least 1"),
            broken("four focus dimensions", p -> resize(p, "focus", 4), "focus: 4 entries, at most 3"),
            broken("focus not a rubric dimension", p -> array(p, "focus").set(0, "speed"),
                "focus[0]: \"speed\" is not a rubric dimension"),
            broken("focus repeated", p -> p.putArray("focus").add("data").add("data"),
                "focus[1]: \"data\" is listed twice"),
            broken("strong answer too short", p -> p.put("strongAnswer", "s".repeat(199)),
                "strongAnswer: 199 characters, at least 200"),
            broken("strong answer missing", p -> p.remove("strongAnswer"), "strongAnswer: missing"),
            broken("two common mistakes", p -> resize(p, "commonMistakes", 2), "commonMistakes: 2 entries, at least 3"),
            broken("a common mistake too short", p -> array(p, "commonMistakes").set(0, "Too vague."),
                "commonMistakes[0]: 10 characters, at least 40"),
            broken("undeclared placeholder in a common mistake", p -> array(p, "commonMistakes").set(1,
                array(p, "commonMistakes").get(1).asText() + " {{nope}}"),
                "commonMistakes[1]: {{nope}} is not a declared figure"),
            broken("phase id missing", p -> phase(p, 1).remove("id"), "phases[1].id: missing"),
            broken("phase id repeated", p -> phase(p, 1).put("id", phase(p, 0).get("id").asText()),
                "phases[1].id: \"clarify\" is used by an earlier phase"),
            broken("when missing", p -> twist(p, 0).remove("when"), "twists[0].when: missing"),
            broken("when names no phase of the prompt", p -> ((ObjectNode) twist(p, 0).get("when"))
                .put("phase", "testing"), "twists[0].when.phase: \"testing\" is not a phase id of this prompt"),
            broken("when's prerequisite too long", p -> ((ObjectNode) twist(p, 0).get("when"))
                .put("after", "a".repeat(121)), "twists[0].when.after: 121 characters, at most 120"),
            broken("placeholder in when's prerequisite", p -> ((ObjectNode) twist(p, 0).get("when"))
                .put("after", "the {{" + figureKey(p) + "}} figure is known"),
                "twists[0].when.after: placeholders are allowed only in"),
            broken("probe missing", p -> twist(p, 1).remove("probe"), "twists[1].probe: missing"),
            broken("probe that asks nothing", p -> twist(p, 1).put("probe", "Ask about the thresholds they chose."),
                "twists[1].probe: a probe is one question to ask; end it with \"?\""),
            broken("undeclared placeholder in a probe", p -> twist(p, 1).put("probe", "What about {{nope}}?"),
                "twists[1].probe: {{nope}} is not a declared figure"),
            broken("an empty list of premises", p -> twist(p, 0).putArray("assumes"),
                "twists[0].assumes: 0 entries, at least 1"),
            broken("five premises", p -> twist(p, 0).set("assumes", array("a", "b", "c", "d", "e")),
                "twists[0].assumes: 5 entries, at most 4"),
            broken("a blank premise", p -> twist(p, 0).set("assumes", array("labels arrive within a day", " ")),
                "twists[0].assumes[1]: must not be blank"),
            broken("a premise too long", p -> twist(p, 0).set("assumes", array("p".repeat(121))),
                "twists[0].assumes[0]: 121 characters, at most 120"),
            broken("a premise listed twice", p -> twist(p, 0).set("assumes",
                array("labels arrive within a day", "Labels arrive within a day")),
                "twists[0].assumes[1]: \"Labels arrive within a day\" is listed twice"),
            broken("a premise that is not text", p -> twist(p, 0).putArray("assumes").add(42),
                "twists[0].assumes[0]: expected a string"),
            broken("premises that are not a list", p -> twist(p, 0).put("assumes", "labels arrive within a day"),
                "twists[0].assumes: expected an array"),
            broken("undeclared placeholder in a premise", p -> twist(p, 0).set("assumes",
                array("peak stays near {{nope}} payments/s")),
                "twists[0].assumes[0]: {{nope}} is not a declared figure"),
            broken("core missing", p -> twist(p, 2).remove("core"), "twists[2].core: missing"),
            broken("no core card", p -> array(p, "twists").forEach(t -> ((ObjectNode) t).put("core", false)),
                "twists: 0 core cards, must be 2-4"),
            broken("every card core", p -> array(p, "twists").forEach(t -> ((ObjectNode) t).put("core", true)),
                "twists: 11 core cards, must be 2-4"),
            broken("a card following a card that is not there", p -> twist(p, 2).put("follows", "nope"),
                "twists[2].follows: \"nope\" is not the id of a card of this prompt"),
            broken("a card following itself", p -> twist(p, 2).put("follows", twist(p, 2).get("id").asText()),
                "twists[2].follows: a card cannot follow itself"),
            broken("a card escalating a card of another stress", p -> twist(p, 2).put("follows", "inline-20ms"),
                "twists[2].follows: \"inline-20ms\" is a latency card; a card escalates a card of its own stress"),
            broken("two cards following one", p -> twist(p, 4).put("stress", "label-delay")
                    .put("follows", "chargebacks-only"),
                "twists[4].follows: \"chargebacks-only\" is already followed by twists[2]; a chain does not branch"),
            broken("a chain of four cards", p -> {
                twist(p, 4).put("stress", "label-delay").put("follows", "dispute-window-180");
                twist(p, 5).put("stress", "label-delay").put("follows", "new-country");
            }, "twists[5].follows: a chain of 4 cards, at most 3"),
            broken("a chain that loops", p -> twist(p, 1).put("follows", "dispute-window-180"),
                "twists[1].follows: the chain loops back to this card"),
            broken("no chain from a core card", p -> twist(p, 2).remove("follows"),
                "twists: no card follows a core card"),
            broken("derived figure above its range at one end of a figure range", p -> derived(p).put("max", 50),
                "derived[0]: \"Scoring budget per million payments\" is 57.9 $ per million payments at tps=1000,"
                    + " outside 10-50"),
            broken("derived figure below its range at the other end", p -> derived(p).put("min", 20),
                "derived[0]: \"Scoring budget per million payments\" is 14.5 $ per million payments at tps=4000,"
                    + " outside 20-100"),
            broken("derived figure naming no declared figure", p -> derived(p).put("expression", "tps * fraudRate"),
                "derived[0].expression: names no declared figure: [fraudRate]"),
            broken("derived figure that does not parse", p -> derived(p).put("expression", "tps * (2"),
                "derived[0].expression: missing \")\" at column 9"),
            broken("derived figure dividing by zero", p -> derived(p).put("expression", "tps / (tps - tps)"),
                "derived[0].expression: division by zero at tps=1000"),
            broken("derived figure with min above max", p -> derived(p).put("min", 100).put("max", 10),
                "derived[0].min: min 100 is above max 10"),
            broken("no derived figures", p -> p.remove("derived"), "derived: missing"),
            broken("an empty list of derived figures", p -> p.putArray("derived"), "derived: 0 entries, at least 1"),
            broken("derived figure without its description", p -> derived(p).remove("what"),
                "derived[0].what: missing"),
            broken("placeholder in a derived figure's unit", p -> derived(p).put("unit", "{{tps}}"),
                "derived[0].unit: placeholders are allowed only in"),
            broken("card pasted from a clarification answer", p -> twist(p, 4).put("text",
                    "Our partners say: " + ((ObjectNode) array(p, "clarifications").get(0)).get("answer").asText()),
                "twists[4].text: 96% of its words are in clarifications[0].answer; a card changes an assumption"),
            broken("unknown top-level field", p -> p.put("notes", "hard"), "notes: unknown field"),
            broken("unknown twist field", p -> twist(p, 2).put("notes", "x"), "twists[2].notes: unknown field"),
            broken("number where text belongs", p -> p.put("title", 42), "title: expected a string"),
            broken("object where a list belongs", p -> p.putObject("twists"), "twists: expected an array"));
    }

    @Test
    void aFigureRangeWidenedPastWhatItsDerivedFiguresAllowIsRejected() {
        ObjectNode prompt = base();
        ObjectNode tps = (ObjectNode) array(prompt, "figures").get(0);
        assertEquals("tps", tps.get("key").asText(), "the base prompt's first figure is its payments per second");
        tps.put("max", 40000).put("step", 1000);

        List<String> problems = problems(Map.of(BASE + ".json", prompt), rubric(), List.of(BASE + ".json"));

        assertTrue(problems.contains(FILE + "derived[0]: \"Scoring budget per million payments\" is 1.45 $ per million"
            + " payments at tps=40000, outside 10-100"), problems.toString());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        ObjectNode prompt = base();
        prompt.put("title", "t".repeat(121));
        twist(prompt, 3).put("text", "x".repeat(412));
        phase(prompt, 0).put("minutes", 0);

        List<String> problems = problems(Map.of(BASE + ".json", prompt), rubric(), List.of(BASE + ".json"));

        assertEquals(List.of(FILE + "title: 121 characters, at most 120",
            FILE + "phases[0].minutes: 0, must be 1-30",
            FILE + "phases: 39 minutes in total; the 45-minute plan totals 45",
            FILE + "twists[3].text: 412 characters, at most 400"), problems);
    }

    @Test
    void twoPromptsMayNotShareAnId() {
        ObjectNode copy = base();

        List<String> problems = problems(Map.of(BASE + ".json", base(), "zz-copy.json", copy), rubric(),
            List.of(BASE + ".json", "zz-copy.json"));

        assertTrue(problems.contains("prompts/zz-copy.json: id: \"" + BASE + "\" is already the id of prompts/"
            + BASE + ".json"), problems.toString());
    }

    @Test
    void aFileThatIsNotJsonIsReportedWithItsPosition() {
        Map<String, byte[]> files = new HashMap<>(Map.of("rubric.json", bytes(rubric()),
            "prompts/index.json", "[\"broken.json\"]".getBytes(StandardCharsets.UTF_8),
            "prompts/broken.json", "{\"id\": \"broken\",".getBytes(StandardCharsets.UTF_8)));

        List<String> problems = load(files);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("prompts/broken.json: not valid JSON at line 1"), problems.toString());
    }

    @Test
    void aRepeatedKeyIsAnError() {
        String json = base().toString().replaceFirst("\\{", "{\"title\":\"First\",");

        List<String> problems = load(Map.of("rubric.json", bytes(rubric()),
            "prompts/index.json", bytes(array(BASE + ".json")), "prompts/" + BASE + ".json", utf8(json)));

        assertTrue(problems.get(0).contains("Duplicate field 'title'"), problems.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenIndexes")
    void aBrokenIndexIsRejected(List<String> index, String expected) {
        List<String> problems = problems(Map.of(BASE + ".json", base()), rubric(), index);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), "expected " + expected + " in " + problems);
    }

    static Stream<Arguments> brokenIndexes() {
        return Stream.of(
            Arguments.of(Named.of("an empty index", List.of()), "prompts/index.json: lists no prompt files"),
            Arguments.of(Named.of("a file that is not there", List.of(BASE + ".json", "gone.json")),
                "prompts/gone.json: not found"),
            Arguments.of(Named.of("a file listed twice", List.of(BASE + ".json", BASE + ".json")),
                "prompts/index.json: [1]: \"" + BASE + ".json\" is listed twice"),
            Arguments.of(Named.of("a path instead of a name", List.of("../rubric.json")),
                "prompts/index.json: [0]: \"../rubric.json\" is not a prompt file name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRubrics")
    void aBrokenRubricIsRejectedNamingTheField(Consumer<ObjectNode> edit, String expected) {
        ObjectNode rubric = rubric();
        edit.accept(rubric);

        List<String> problems = problems(Map.of(BASE + ".json", base()), rubric, List.of(BASE + ".json"));

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("rubric.json: " + expected)),
            "expected rubric.json: " + expected + " in " + problems);
    }

    static Stream<Arguments> brokenRubrics() {
        return Stream.of(
            broken("dimensions out of order", r -> {
                ArrayNode dims = array(r, "dimensions");
                JsonNode first = dims.remove(0);
                dims.add(first);
            }, "dimensions: ids must be exactly"),
            broken("a dimension missing", r -> array(r, "dimensions").remove(8), "dimensions: ids must be exactly"),
            broken("three levels", r -> array((ObjectNode) array(r, "dimensions").get(2), "levels").remove(3),
                "dimensions[2].levels: 3 entries, exactly 4"),
            broken("a level too short", r -> array((ObjectNode) array(r, "dimensions").get(0), "levels")
                .set(1, "2: Vague."), "dimensions[0].levels[1]: 9 characters, must be 40-300"),
            broken("a level without its number", r -> array((ObjectNode) array(r, "dimensions").get(0), "levels")
                .set(0, "Starts drawing boxes at once and never asks a question."),
                "dimensions[0].levels[0]: must begin with \"1: \""),
            broken("a blank name", r -> ((ObjectNode) array(r, "dimensions").get(1)).put("name", ""),
                "dimensions[1].name: must not be blank"),
            broken("an unknown field", r -> ((ObjectNode) array(r, "dimensions").get(1)).put("weight", 2),
                "dimensions[1].weight: unknown field"),
            broken("no partial-credit rule", r -> r.remove("partialCredit"), "partialCredit: missing"),
            broken("a partial-credit rule too short", r -> r.put("partialCredit", "Use judgement."),
                "partialCredit: 14 characters, must be 80-600"),
            broken("no verdict table", r -> r.remove("verdicts"), "verdicts: missing"),
            broken("two verdicts", r -> resize(r, "verdicts", 2), "verdicts: 2 entries, must be 3-6"),
            broken("verdicts out of order", r -> ((ObjectNode) array(r, "verdicts").get(1)).put("minAverage", 3.8),
                "verdicts[1]: must demand less than the row before it"),
            broken("a verdict above level 4", r -> ((ObjectNode) array(r, "verdicts").get(0)).put("minAverage", 4.5),
                "verdicts[0].minAverage: must be 1.0-4.0"),
            broken("a verdict without its meaning", r -> ((ObjectNode) array(r, "verdicts").get(2)).remove("meaning"),
                "verdicts[2].meaning: missing"),
            broken("a scorecard with no verdict", r -> {
                ArrayNode verdicts = array(r, "verdicts");
                verdicts.remove(verdicts.size() - 1);
            }, "verdicts[3]: the last row must hold for any scorecard"));
    }
}

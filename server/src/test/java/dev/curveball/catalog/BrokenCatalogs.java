package dev.curveball.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.protocol.Codec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The catalog as CatalogValidatorTest breaks it: a valid prompt and rubric read from the real catalog, the loader run
 * on files held in memory, and small accessors for the parts a broken case edits.
 */
final class BrokenCatalogs {
    /** The prompt every broken case starts from. */
    static final String BASE_PROMPT = "card-fraud-detection";

    private BrokenCatalogs() {
    }

    static Arguments broken(String name, Consumer<ObjectNode> edit, String expected) {
        return Arguments.of(Named.of(name, edit), expected);
    }

    static List<String> problems(Map<String, ObjectNode> prompts, ObjectNode rubric, List<String> index) {
        Map<String, byte[]> files = new HashMap<>();
        files.put("rubric.json", bytes(rubric));
        files.put("prompts/index.json", bytes(Codec.mapper().valueToTree(index)));
        prompts.forEach((name, prompt) -> files.put("prompts/" + name, bytes(prompt)));
        return load(files);
    }

    static List<String> load(Map<String, byte[]> files) {
        CatalogLoader.Source source = path -> Optional.ofNullable(files.get(path));
        try {
            CatalogLoader.load(source);
            return List.of();
        } catch (CatalogException e) {
            return e.problems();
        }
    }

    static ObjectNode base() {
        return (ObjectNode) read("catalog/prompts/" + BASE_PROMPT + ".json");
    }

    static ObjectNode rubric() {
        return (ObjectNode) read("catalog/rubric.json");
    }

    static JsonNode read(String resource) {
        try (InputStream in = Objects.requireNonNull(
            BrokenCatalogs.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return Codec.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        return utf8(node.toString());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode array(String... items) {
        return Codec.mapper().valueToTree(List.of(items));
    }

    static ArrayNode array(ObjectNode node, String field) {
        return (ArrayNode) node.get(field);
    }

    static ObjectNode figure(ObjectNode prompt) {
        return (ObjectNode) array(prompt, "figures").get(0);
    }

    static String figureKey(ObjectNode prompt) {
        return figure(prompt).get("key").asText();
    }

    static ObjectNode derived(ObjectNode prompt) {
        return (ObjectNode) array(prompt, "derived").get(0);
    }

    static ObjectNode twist(ObjectNode prompt, int index) {
        return (ObjectNode) array(prompt, "twists").get(index);
    }

    /** Three phases of {@code minutes} each. */
    static void phaseMinutes(ObjectNode prompt, int minutes) {
        resize(prompt, "phases", 3);
        array(prompt, "phases").forEach(phase -> ((ObjectNode) phase).put("minutes", minutes));
    }

    static ObjectNode phase(ObjectNode prompt, int index) {
        return (ObjectNode) array(prompt, "phases").get(index);
    }

    /** Cuts a list to {@code size} entries, or grows it by repeating its entries. */
    static void resize(ObjectNode prompt, String field, int size) {
        ArrayNode list = array(prompt, field);
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
        for (int i = 0; list.size() < size; i++) {
            list.add(list.get(i).deepCopy());
        }
    }
}

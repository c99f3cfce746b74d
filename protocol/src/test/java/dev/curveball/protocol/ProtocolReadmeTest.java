package dev.curveball.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The protocol README is a specification: each example must be a message the code reads and writes identically. */
class ProtocolReadmeTest {
    /** Examples after this heading are server messages; those before it, client messages. */
    private static final String SERVER_SECTION = "## Server → client";
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyExampleInTheReadmeRoundTripsThroughTheCodec() throws IOException {
        String readme = Files.readString(readmePath());
        int serverSection = readme.indexOf(SERVER_SECTION);
        return examples().stream().map(example -> DynamicTest.dynamicTest(example, () -> {
            boolean fromServer = readme.indexOf(example) > serverSection;
            Message message = fromServer ? Codec.decodeServer(example) : Codec.decodeClient(example);
            JsonNode written = Codec.mapper().readTree(Codec.encode(message));
            assertEquals(Codec.mapper().readTree(example), written, "re-encoded example differs");
            assertEquals("type", written.fieldNames().next(), "type must be the first field");
        }));
    }

    @Test
    void everyMessageTypeAndEventKindHasAnExampleInTheReadme() throws IOException {
        List<String> missing = new ArrayList<>();
        String readme = String.join("\n", examples());
        assertTrue(Files.readString(readmePath()).contains(SERVER_SECTION));
        Stream.of(ClientMessage.class, ServerMessage.class, RoomEvent.class)
            .flatMap(ProtocolReadmeTest::leafRecords)
            .map(type -> type.getAnnotation(JsonTypeName.class).value())
            .filter(name -> !readme.contains("\"" + name + "\""))
            .forEach(missing::add);
        assertTrue(missing.isEmpty(), "no README example for " + missing);
    }

    @Test
    void everyErrorCodeIsDocumented() throws IOException {
        String readme = Files.readString(readmePath());
        List<String> undocumented = Arrays.stream(ErrorCode.values())
            .map(ErrorCode::code)
            .filter(code -> !readme.contains("| `" + code + "` |"))
            .toList();
        assertTrue(undocumented.isEmpty(), "error codes missing from the README table: " + undocumented);
    }

    @Test
    void theReadmeHasExamples() throws IOException {
        assertFalse(examples().isEmpty());
    }

    private static Stream<Class<?>> leafRecords(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
            .flatMap(sub -> sub.isRecord() ? Stream.of(sub) : leafRecords(sub));
    }

    private static List<String> examples() throws IOException {
        Matcher matcher = JSON_BLOCK.matcher(Files.readString(readmePath()));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static Path readmePath() {
        return Path.of("README.md");
    }
}

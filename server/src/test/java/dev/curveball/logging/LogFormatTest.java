package dev.curveball.logging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code --log-format json}: a node started as the README starts one writes one JSON object per line. */
class LogFormatTest {
    @Test
    void withLogFormatJsonEveryLineANodeWritesIsOneJsonObject() throws Exception {
        try (ProcessNode node = ProcessNode.launch("json-" + UUID.randomUUID(), TestNode.freePort(),
            TestNode.freePort(), "", List.of("--log-format", "json"))) {
            node.awaitReady();
            CreatedRoom room = node.createRoom("{}");
            String log = node.logText();
            List<JsonNode> lines = new ArrayList<>();
            for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
                JsonNode parsed = Codec.mapper().readTree(line); // throws on anything but JSON
                assertTrue(parsed.isObject() && parsed.has("level") && parsed.has("loggerName")
                    && parsed.has("timestamp"), line);
                lines.add(parsed);
            }
            assertTrue(lines.stream().anyMatch(l -> l.path("formattedMessage").asText().startsWith("Curveball is ready")),
                log);
            assertTrue(lines.stream().anyMatch(l -> l.path("formattedMessage").asText()
                .equals("room " + room.id() + " created") && "INFO".equals(l.path("level").asText())), log);
        }
    }
}

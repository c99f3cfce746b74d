package dev.curveball.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** README: "A bad value stops the server with a message naming the setting (exit code 2)". */
class BadSettingExitTest {
    @Test
    void aBadSettingStopsTheServerWithExitCode2AndAMessageNamingIt() {
        try (ProcessNode node = ProcessNode.launch("bad-" + UUID.randomUUID(), TestNode.freePort(),
            TestNode.freePort(), "", List.of("--max-rooms", "0"))) {
            assertEquals(2, node.awaitExitCode(), node.logText());
            assertTrue(node.logText().contains("max-rooms"), "the message names the setting: " + node.logText());
        }
    }
}

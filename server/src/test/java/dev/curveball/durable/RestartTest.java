package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command with a data directory, in its own JVM: a room played over real sockets is all there
 * after the node is killed with SIGKILL once its writes landed, and after a SIGTERM straight after the last edit.
 */
class RestartTest {
    @TempDir
    Path dataDir;
    private Vertx vertx;
    private ProcessNode node;

    @BeforeEach
    void clients() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aKilledNodeStartedAgainOnItsDataDirectoryGivesBackTheWholeRoomOnceItsWritesLanded() {
        node = ProcessNode.launchDurable(TestNode.freePort(), dataDir, List.of()).awaitReady();
        PlayedRoom played = PlayedRoom.play(vertx, node.port(), node::createRoom);
        // The store says when the database has every change: nothing pending, nothing failing.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode store = RestoredRoom.ready(node).path("store");
            return store.path("pendingRooms").asInt(-1) == 0 && store.path("rowsWritten").asLong() > 0;
        });

        node.kill();
        node = ProcessNode.launchDurable(TestNode.freePort(), dataDir, List.of()).awaitReady();

        everythingIsThere(played);
    }

    @Test
    void aNodeStoppedWithSigtermRightAfterTheLastEditLosesNothing() {
        node = ProcessNode.launchDurable(TestNode.freePort(), dataDir, List.of()).awaitReady();
        PlayedRoom played = PlayedRoom.play(vertx, node.port(), node::createRoom);

        assertEquals(0, node.terminate(), node.logText());
        assertTrue(node.logText().contains("every room is written to the database"), node.logText());
        node = ProcessNode.launchDurable(TestNode.freePort(), dataDir, List.of()).awaitReady();

        everythingIsThere(played);
    }

    private void everythingIsThere(PlayedRoom played) {
        RestoredRoom.assertWhole(vertx, node, played, PlayedRoom.NOTES_TWO);
    }
}

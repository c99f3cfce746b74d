package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cohort outlives a restart of the node, like its rooms: the board and every personal link still work. */
class CohortRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void theBoardAndThePersonalLinksWorkAfterARestart() throws Exception {
        Map<Setting, String> durable = Map.of(Setting.STORE, "database", Setting.DATA_DIR, dataDir.toString());
        JsonNode cohort;
        try (TestNode node = TestNode.start(durable)) {
            HttpResponse<String> created = node.post("/api/cohorts", "{\"title\":\"Evening loop\",\"people\":["
                + "{\"name\":\"Ada\"},{\"name\":\"Bo\"},{\"name\":\"Cy\"},{\"name\":\"Dee\"}],\"groupSize\":2}");
            assertEquals(201, created.statusCode(), created.body());
            cohort = Codec.mapper().readTree(created.body());
        }
        String organizerLink = cohort.at("/links/organizer").asText();
        String bearer = "Bearer " + organizerLink.substring(organizerLink.indexOf("#t=") + 3);
        String cohortId = cohort.path("cohort").asText();
        JsonNode cy = cohort.at("/rooms/1/members/0");

        Vertx vertx = Vertx.vertx();
        try (TestNode node = TestNode.start(durable)) {
            HttpResponse<String> board = node.get("/api/cohorts/" + cohortId, bearer);
            assertEquals(200, board.statusCode(), board.body());
            JsonNode rooms = Codec.mapper().readTree(board.body()).path("rooms");
            assertEquals(2, rooms.size());
            assertEquals("Cy", rooms.at("/1/members/0/name").asText());

            String link = cy.path("link").asText();
            String roomId = link.substring(link.indexOf("/r/") + 3, link.indexOf('#'));
            try (WsClient socket = WsClient.join(vertx, node.port(), roomId,
                link.substring(link.indexOf("#t=") + 3), "anyone")) {
                assertEquals("interviewer", socket.welcome().at("/you/role").asText(), "Cy's seat, kept");
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}

package dev.curveball.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An organizer runs a whole round of a pair from the board: start, pause, resume, end, close, next round, reports. */
class CohortRoundsTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    void aRoundRunFromTheBoardEndsInItsReportInTheCohortsZip() throws Exception {
        HttpResponse<String> created = node.post("/api/cohorts", "{\"title\":\"Pairs\",\"people\":[{\"name\":\"Ada\"},"
            + "{\"name\":\"Bo\"}],\"groupSize\":2,\"promptId\":\"card-fraud-detection\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode cohort = Codec.mapper().readTree(created.body());
        String id = cohort.path("cohort").asText();
        String organizerLink = cohort.at("/links/organizer").asText();
        String bearer = "Bearer " + organizerLink.substring(organizerLink.indexOf("#t=") + 3);
        String link = cohort.at("/rooms/0/members/1/link").asText();
        String roomId = link.substring(link.indexOf("/r/") + 3, link.indexOf('#'));

        try (WsClient bo = WsClient.join(node.vertx(), node.port(), roomId, link.substring(link.indexOf("#t=") + 3),
            "Bo")) {
            Map<String, String> steps = new LinkedHashMap<>();
            steps.put("start", "running");
            steps.put("pause", "running");
            steps.put("resume", "running");
            steps.put("end", "feedback");
            steps.put("end ", "done"); // a second end closes the round's feedback
            for (Map.Entry<String, String> step : steps.entrySet()) {
                JsonNode answer = act(id, bearer, step.getKey().strip());
                assertEquals(1, answer.path("applied").asInt(), step.getKey() + ": " + answer);
                assertEquals(step.getValue(), stage(id, bearer), "after " + step.getKey());
            }
            assertTrue(bo.messages("event").stream().anyMatch(m -> "paused".equals(m.at("/event/change").asText())),
                "Bo saw the pause");

            byte[] zip = zip(id, bearer);
            Map<String, String> entries = unzip(zip);
            assertEquals(1, entries.size(), entries.keySet().toString());
            Map.Entry<String, String> report = entries.entrySet().iterator().next();
            assertEquals("room-001-" + roomId + "/round-01.md", report.getKey());
            assertTrue(report.getValue().contains("Ada") && report.getValue().contains("Bo"), report.getValue());

            JsonNode next = act(id, bearer, "next-round");
            assertEquals(1, next.path("applied").asInt(), next.toString());
            JsonNode board = Codec.mapper().readTree(node.get("/api/cohorts/" + id, bearer).body());
            assertEquals(2, board.at("/rooms/0/round").asInt());
            assertEquals("lobby", board.at("/rooms/0/stage").asText());
            assertEquals("interviewer", board.at("/rooms/0/members/1/seat").asText(), "the pair swapped seats");
        }
    }

    @Test
    void anUnknownActionIsRefusedWithTheListOfActions() throws Exception {
        HttpResponse<String> created = node.post("/api/cohorts",
            "{\"people\":[{\"name\":\"Ada\"},{\"name\":\"Bo\"}],\"groupSize\":2}");
        JsonNode cohort = Codec.mapper().readTree(created.body());
        String organizerLink = cohort.at("/links/organizer").asText();
        HttpResponse<String> answer = node.node().post("/api/cohorts/" + cohort.path("cohort").asText() + "/actions",
            "{\"action\":\"explode\"}", "Bearer " + organizerLink.substring(organizerLink.indexOf("#t=") + 3));
        assertEquals(400, answer.statusCode());
        assertEquals("bad-message", Codec.mapper().readTree(answer.body()).path("code").asText());
        assertTrue(answer.body().contains("next-round"), answer.body());
    }

    private static JsonNode act(String id, String bearer, String action) throws Exception {
        HttpResponse<String> answer = node.node().post("/api/cohorts/" + id + "/actions",
            "{\"action\":\"" + action + "\"}", bearer);
        assertEquals(200, answer.statusCode(), answer.body());
        return Codec.mapper().readTree(answer.body());
    }

    private static String stage(String id, String bearer) throws Exception {
        return Codec.mapper().readTree(node.get("/api/cohorts/" + id, bearer).body()).at("/rooms/0/stage").asText();
    }

    private static byte[] zip(String id, String bearer) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(node.baseUrl() + "/api/cohorts/" + id + "/reports.zip")).header("Authorization", bearer)
            .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/zip", response.headers().firstValue("content-type").orElse(""));
        return response.body();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}

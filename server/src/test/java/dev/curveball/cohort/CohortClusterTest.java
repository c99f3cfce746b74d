package dev.curveball.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cohort of 12 people in groups of three on a two-node cluster: created on one node, its people spread over
 * both, its board read and its actions sent on the other.
 */
class CohortClusterTest {
    private static final Duration BOARD_DELAY = Duration.ofSeconds(1);
    private static List<TestNode> nodes;
    private static Vertx vertx;

    @BeforeAll
    static void startCluster() {
        nodes = TestNode.cluster(2, Map.of(Setting.EVENT_LOOPS, "1", Setting.MAX_COHORT_PEOPLE, "20"));
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get();
        for (TestNode node : nodes) {
            node.close();
        }
    }

    @Test
    void everyPersonalLinkSeatsItsPersonAndTheOrganizerRunsEveryRoomFromTheBoard() throws Exception {
        JsonNode cohort = create(12, 3);
        String id = cohort.path("cohort").asText();
        String organizer = "Bearer " + token(cohort.at("/links/organizer").asText());
        List<JsonNode> rooms = list(cohort.path("rooms"));
        assertEquals(4, rooms.size());

        List<WsClient> sockets = new ArrayList<>();
        try {
            int person = 0;
            for (JsonNode room : rooms) {
                List<JsonNode> members = list(room.path("members"));
                assertEquals(List.of("interviewer", "candidate", "observer"),
                    members.stream().map(m -> m.path("seat").asText()).toList());
                for (JsonNode member : members) {
                    String name = member.path("name").asText();
                    assertEquals("Person " + ++person, name, "the roster's order is kept");
                    String link = member.path("link").asText();
                    String roomId = link.substring(link.indexOf("/r/") + 3, link.indexOf('#'));
                    TestNode node = nodes.get(person % 2);
                    JsonNode check = Codec.mapper().readTree(node.post("/api/rooms/" + roomId + "/links/check",
                        "{\"token\":\"" + token(link) + "\"}").body());
                    assertEquals(name, check.path("name").asText(), "the page will ask no name");
                    WsClient socket = WsClient.join(vertx, node.port(), roomId, token(link), "typed by mistake");
                    sockets.add(socket);
                    JsonNode welcome = socket.welcome();
                    assertEquals(member.path("seat").asText(), welcome.at("/you/role").asText(), name);
                    String me = welcome.at("/you/participant").asText();
                    assertEquals(name, participant(welcome, me).path("name").asText(), "the reserved name, not typed");
                }
            }

            TestNode other = nodes.get(1);
            JsonNode board = awaitBoard(other, id, organizer, b -> list(b.path("rooms")).stream()
                .allMatch(r -> list(r.path("members")).stream().allMatch(m -> m.path("online").asBoolean())));
            assertEquals(4, list(board.path("rooms")).size());
            Set<String> prompts = new HashSet<>();
            for (JsonNode room : list(board.path("rooms"))) {
                assertEquals("lobby", room.path("stage").asText());
                assertEquals(List.of(), list(room.path("warnings")), "everyone is here");
                prompts.add(room.path("prompt").asText());
            }
            assertEquals(4, prompts.size(), "each room got its own prompt");

            assertRefusedWithoutTheOrganizersToken(id);

            JsonNode started = act(other, id, organizer, "{\"action\":\"start\"}");
            assertEquals(4, started.path("applied").asInt(), started.toString());
            for (WsClient socket : sockets) {
                JsonNode timer = socket.await(m -> "timer.changed".equals(m.at("/event/kind").asText())
                    && "started".equals(m.at("/event/change").asText()));
                assertEquals("running", timer.at("/event/timer/state").asText());
            }
            long since = board.path("serverTime").asLong();
            JsonNode changed = awaitBoard(other, id + "?since=" + since, organizer, b -> list(b.path("rooms")).size() == 4
                && list(b.path("rooms")).stream().allMatch(r -> "running".equals(r.path("stage").asText())));
            assertTrue(changed.path("serverTime").asLong() >= since);

            JsonNode again = act(nodes.get(0), id, organizer, "{\"action\":\"start\"}");
            assertEquals(0, again.path("applied").asInt());
            for (JsonNode room : list(again.path("rooms"))) {
                assertEquals("skipped", room.path("result").asText());
                assertEquals("invalid-state", room.path("code").asText());
                assertFalse(room.path("message").asText().isBlank(), "the board can say why");
            }

            JsonNode broadcast = act(other, id, organizer,
                "{\"action\":\"broadcast\",\"message\":\"Ten minutes left: wrap up\"}");
            assertEquals(4, broadcast.path("applied").asInt());
            for (WsClient socket : sockets) {
                JsonNode event = socket.awaitEvent("broadcast");
                assertEquals("Ten minutes left: wrap up", event.at("/event/entry/text").asText());
                assertEquals("Organizer", event.at("/event/entry/title").asText());
            }
        } finally {
            for (WsClient socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void aRosterThatCannotBeGroupedOrIsTooLongIsRefusedAndCreatesNothing() throws Exception {
        HttpResponse<String> size = nodes.get(0).post("/api/cohorts", roster(6, 9));
        assertEquals(400, size.statusCode());
        assertEquals("bad-message", Codec.mapper().readTree(size.body()).path("code").asText());
        assertTrue(size.body().contains("groupSize"), size.body());

        HttpResponse<String> tooMany = nodes.get(0).post("/api/cohorts", roster(21, 2));
        assertEquals(413, tooMany.statusCode());
        assertEquals("too-large", Codec.mapper().readTree(tooMany.body()).path("code").asText());
        assertTrue(tooMany.body().contains("20"), "names the limit: " + tooMany.body());

        HttpResponse<String> blank = nodes.get(1).post("/api/cohorts",
            "{\"people\":[{\"name\":\"Ada\"},{\"name\":\"  \"}],\"groupSize\":2}");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("people[1].name"), blank.body());
    }

    private static void assertRefusedWithoutTheOrganizersToken(String id) throws Exception {
        for (TestNode node : nodes) {
            HttpResponse<String> none = node.get("/api/cohorts/" + id);
            assertEquals(401, none.statusCode());
            assertEquals("bad-token", Codec.mapper().readTree(none.body()).path("code").asText());
            HttpResponse<String> wrong = node.get("/api/cohorts/" + id, "Bearer not-the-organizer");
            assertEquals(401, wrong.statusCode());
            assertFalse(wrong.body().contains("members"), "a wrong token gets nothing of the board");
            HttpResponse<String> action = node.post("/api/cohorts/" + id + "/actions", "{\"action\":\"end\"}",
                "Bearer not-the-organizer");
            assertEquals(401, action.statusCode());
            HttpResponse<String> unknown = node.get("/api/cohorts/zzzzzzzzzz", "Bearer x");
            assertEquals(404, unknown.statusCode());
            assertEquals("unknown-cohort", Codec.mapper().readTree(unknown.body()).path("code").asText());
        }
    }

    private static JsonNode create(int people, int groupSize) throws Exception {
        HttpResponse<String> created = nodes.get(0).post("/api/cohorts", roster(people, groupSize));
        assertEquals(201, created.statusCode(), created.body());
        return Codec.mapper().readTree(created.body());
    }

    private static String roster(int people, int groupSize) {
        String names = String.join(",", IntStream.rangeClosed(1, people)
            .mapToObj(i -> "{\"name\":\"Person " + i + "\"}").toList());
        return "{\"title\":\"Week 6 mock loop\",\"people\":[" + names + "],\"groupSize\":" + groupSize
            + ",\"surprise\":true}";
    }

    private static JsonNode act(TestNode node, String id, String organizer, String body) throws Exception {
        HttpResponse<String> answer = node.post("/api/cohorts/" + id + "/actions", body, organizer);
        assertEquals(200, answer.statusCode(), answer.body());
        return Codec.mapper().readTree(answer.body());
    }

    /** Polls the board as the organizer's page does, and expects it to show the change within a second. */
    private static JsonNode awaitBoard(TestNode node, String path, String organizer,
                                       java.util.function.Predicate<JsonNode> shows) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(BOARD_DELAY).pollInterval(Duration.ofMillis(100)).until(() -> {
            HttpResponse<String> answer = node.get("/api/cohorts/" + path, organizer);
            assertEquals(200, answer.statusCode(), answer.body());
            last[0] = Codec.mapper().readTree(answer.body());
            return shows.test(last[0]);
        });
        return last[0];
    }

    private static JsonNode participant(JsonNode welcome, String id) {
        return list(welcome.at("/room/participants")).stream()
            .filter(p -> id.equals(p.path("id").asText())).findFirst().orElseThrow();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("#t=") + 3);
    }
}

package dev.curveball.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.EditHistory;
import dev.curveball.testing.NotesTyper;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three nodes in three JVMs. People on every node type into the notes, run the timer and play twist cards while
 * one node dies (SIGKILL) or leaves (SIGTERM); its people reconnect to a survivor and nothing acknowledged is lost.
 * An edit still unacknowledged when the node went away is sent again and applied exactly once; a node that drains on
 * SIGTERM exits with status 0 (README, "Losing a node").
 */
class NodeFailureTest {
    private static final int EDITS_EACH = 500;
    private static final List<String> FLAGS = List.of("--event-log-size", "8192",
        "--max-messages-per-second", "5000", "--message-burst", "5000");

    private final List<ProcessNode> nodes = new ArrayList<>();
    private final List<NotesTyper> typers = new ArrayList<>();
    private Vertx vertx;

    @BeforeEach
    void startCluster() {
        String name = "failure-" + UUID.randomUUID();
        List<Integer> hazelcastPorts = List.of(TestNode.freePort(), TestNode.freePort(), TestNode.freePort());
        String members = String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        for (int hazelcastPort : hazelcastPorts) {
            nodes.add(ProcessNode.launch(name, TestNode.freePort(), hazelcastPort, members, FLAGS));
        }
        nodes.forEach(ProcessNode::awaitReady);
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stopCluster() throws Exception {
        typers.forEach(NotesTyper::close);
        if (vertx != null) { // null when the cluster never became ready
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
        nodes.forEach(ProcessNode::close);
    }

    @Test
    void killingANodeMidInterviewCostsItsPeopleAReconnectAndNothingElseAndTheirEditInFlightIsResentOnce()
        throws Exception {
        NotesTyper bo = interviewThrough(nodes.get(1), (node, typer) -> {
            // Frozen first, so the edits Bo sends from now on are certainly never read, applied or acknowledged
            // by this node: whatever he has in flight when it dies can only reach the room by being sent again.
            node.freeze();
            int typed = typer.typed();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> typer.typed() >= typed + 3);
            node.kill();
        }, null);
        assertEquals(1, bo.inFlightAtClose().size(), "Bo had an unacknowledged edit when his node died");
    }

    @Test
    void aNodeStoppedWithSigtermSendsItsPeopleElsewhereWithZeroLossAndExitsZero() throws Exception {
        interviewThrough(nodes.get(1), (node, typer) -> assertEquals(0, node.terminate(),
            "a node that drained and left the cluster exits 0; its log: target/node-logs/node-" + node.port() + ".log"),
            1001);
    }

    /**
     * Ada on node 0, Bo on node 1, Bo's second tab on node 2; {@code failing} goes down half-way, taken down by
     * {@code takeDown} while Bo (given to it) types. Returns Bo.
     */
    private NotesTyper interviewThrough(ProcessNode failing, BiConsumer<ProcessNode, NotesTyper> takeDown,
                                        Integer expectedClose) throws Exception {
        JsonNode created = createRoom(nodes.get(0));
        String room = created.path("room").asText();
        String host = token(created.at("/links/host").asText());
        String invite = token(created.at("/links/invite").asText());
        int n0 = nodes.get(0).port();
        int n1 = nodes.get(1).port();
        int n2 = nodes.get(2).port();
        NotesTyper ada = add(new NotesTyper(vertx, n0, room, host, "ada", 11).join(null).failoverTo(List.of(n2)));
        NotesTyper bo = add(new NotesTyper(vertx, n1, room, invite, "bo", 12).join(null).failoverTo(List.of(n2, n0)));
        NotesTyper boTab = add(new NotesTyper(vertx, n2, room, invite, "bt", 13).join(bo.secret())
            .failoverTo(List.of(n0)));
        JsonNode started = ada.socket().awaitAnswer(ada.socket().command("timer.start"));
        assertEquals("ack", started.path("type").asText());
        JsonNode timerStarted = ada.socket().awaitEvent("timer.changed");
        JsonNode timerBefore = timerStarted.at("/event/timer");
        long publicFrom = timerStarted.path("seq").asLong(); // before it, the round's start rendered per seat

        typers.forEach(t -> t.type(EDITS_EACH, 4, 0));
        assertEquals("ack", play(ada, "t1").path("type").asText());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> bo.typed() >= EDITS_EACH / 3);
        takeDown.accept(failing, bo);

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() ->
            typers.stream().allMatch(t -> t.typed() == EDITS_EACH && t.synced())
                && typers.stream().map(NotesTyper::rev).distinct().count() == 1);
        Awaitility.await().atMost(Duration.ofSeconds(30))
            .until(() -> "ack".equals(play(ada, "t2").path("type").asText()));

        typers.forEach(t -> assertTrue(t.errors().isEmpty(), t.clientId() + " got " + t.errors()));
        assertEquals(1, bo.closes().size(), "Bo's node went away under him exactly once");
        if (expectedClose != null) {
            assertEquals(expectedClose.shortValue(), bo.closes().get(0), "the close code tells the client to reconnect");
        }
        String text = ada.text();
        assertEquals(text, bo.text());
        assertEquals(text, boTab.text());
        try (WsClient late = WsClient.join(vertx, n2, room, invite, "late")) {
            JsonNode snapshot = late.welcome().path("room");
            assertEquals(text, snapshot.at("/notes/shared/text").asText(), "a survivor has every edit");
            assertEquals(timerBefore, snapshot.path("timer"), "the timer kept running, untouched");
            List<String> played = new ArrayList<>();
            snapshot.at("/round/timeline").forEach(entry -> played.add(entry.path("ref").asText()));
            assertEquals(List.of("t1", "t2"), played, "each played card is in the timeline once");
        }
        EditHistory.assertEveryEditAppliedExactlyOnce(ada.seen(), text, typers);
        for (NotesTyper typer : typers) {
            for (long seq : typer.inFlightAtClose()) {
                assertTrue(typer.resent().contains(seq), typer.clientId() + " did not resend its edit #" + seq);
                assertEquals(1, ada.seen().stream()
                    .filter(e -> e.client().equals(typer.clientId()) && e.clientSeq() == seq).count(),
                    typer.clientId() + "'s edit #" + seq + ", in flight when its node went away, applied once");
            }
        }
        for (NotesTyper typer : typers) {
            List<Long> seqs = typer.eventSeqs().stream().filter(seq -> seq >= publicFrom).toList();
            assertEquals(LongStream.rangeClosed(seqs.get(0), seqs.get(seqs.size() - 1)).boxed().toList(), seqs,
                typer.clientId() + " missed or repeated an event");
        }
        return bo;
    }

    /** The interviewer plays a card; answers the ack, or the error (a retry after "unavailable" may be "played"). */
    private static JsonNode play(NotesTyper interviewer, String card) {
        WsClient socket = interviewer.socket();
        JsonNode answer = socket.awaitAnswer(socket.command("twist.play", "\"card\":\"" + card + "\""));
        if ("error".equals(answer.path("type").asText()) && answer.path("message").asText().contains("already")) {
            return Codec.mapper().createObjectNode().put("type", "ack");
        }
        return answer;
    }

    private NotesTyper add(NotesTyper typer) {
        typers.add(typer);
        return typer;
    }

    private static JsonNode createRoom(ProcessNode node) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/rooms"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return Codec.mapper().readTree(response.body());
    }

    private static String token(String link) {
        return link.substring(link.indexOf("#t=") + 3);
    }
}

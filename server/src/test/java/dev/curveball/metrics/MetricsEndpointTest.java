package dev.curveball.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /metrics} as Prometheus scrapes it, after people used a room: Vert.x's own meters, the JVM's, and
 * Curveball's, each moved by what happened.
 */
class MetricsEndpointTest {
    private static final Path DASHBOARD = Path.of("..", "docs", "grafana-dashboard.json");
    /** A metric name in a PromQL expression: label names and functions do not start with these prefixes. */
    private static final Pattern METRIC = Pattern.compile("\\b(?:curveball|vertx|jvm|process|system)_[a-z0-9_]+");

    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(
        Setting.MAX_MESSAGES_PER_SECOND, "5", Setting.MESSAGE_BURST, "30"));

    @Test
    void metricsCountWhatPeopleDidInARoomAlongsideVertxAndJvmMeters() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            assertEquals("ack", ada.awaitAnswer(ada.command("notes.op",
                "\"doc\":\"shared\",\"rev\":0,\"op\":[\"hi\"],\"client\":\"c-ada\",\"clientSeq\":1")).path("type").asText());
            bo.awaitEvent("notes.op");
            JsonNode refused = bo.awaitAnswer(bo.command("twist.play", "\"card\":\"t1\""));
            assertEquals("error", refused.path("type").asText(), "the candidate may not play a card");
            String code = refused.path("code").asText();
            for (int i = 0; i < 40; i++) {
                bo.send("{\"type\":\"ping\",\"t\":" + i + "}");
            }
            bo.await(m -> "rate-limited".equals(m.path("code").asText()));

            System.gc(); // the JVM's GC pause meters appear with the first collection after the node started
            String metrics = Awaitility.await().until(() -> scrape(),
                text -> value(text, "curveball_fanout_delay_seconds_count") >= 1
                    && text.contains("\njvm_gc_pause_seconds_count"));
            keep(metrics);

            assertTrue(value(metrics, "curveball_commands_applied_total{type=\"notes.op\"}") >= 1, "the edit");
            assertTrue(value(metrics, "curveball_commands_applied_total{type=\"join\"}") >= 2, "both joins");
            assertTrue(value(metrics, "curveball_commands_refused_total{code=\"" + code + "\"}") >= 1, "the card");
            assertTrue(value(metrics, "curveball_rate_limited_total") >= 1, "the ping flood");
            assertTrue(value(metrics, "curveball_commands_refused_total{code=\"rate-limited\"}") >= 1);
            assertEquals(2, value(metrics, "curveball_sockets"));
            assertEquals(2, value(metrics, "curveball_participants_online"));
            assertEquals(1, value(metrics, "curveball_rooms_memory"));
            assertTrue(value(metrics, "curveball_apply_seconds_count") >= 3);
            assertTrue(value(metrics, "curveball_apply_seconds_bucket{le=\"1.0\"}") >= 3, "a bucketed histogram");
            assertEquals(0, value(metrics, "curveball_gap_repairs_total"));
            assertEquals(0, value(metrics, "curveball_resyncs_total"));
            for (String vertxOrJvm : new String[] {"vertx_http_server_requests_total", "vertx_http_server_active_ws_connections",
                "vertx_eventbus_handlers", "jvm_memory_used_bytes", "jvm_gc_pause_seconds_count"}) {
                assertTrue(metrics.contains("\n" + vertxOrJvm), vertxOrJvm + " is served");
            }
            assertTrue(!metrics.contains("room." + room.id()), "no series per room (event-bus addresses)");
        }
        Awaitility.await().until(() -> value(scrape(), "curveball_participants_online") == 0);
        assertEquals(0, value(scrape(), "curveball_sockets"));
    }

    @Test
    void theExampleDashboardParsesAndChartsOnlyMetricsThatTheNodeServes() throws Exception {
        JsonNode dashboard = Codec.mapper().readTree(Files.readString(DASHBOARD));
        List<String> expressions = dashboard.findValuesAsText("expr");
        assertTrue(dashboard.path("panels").size() >= 10 && expressions.size() >= dashboard.path("panels").size(),
            "a panel per family of metrics, each with a query");
        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            System.gc(); // the JVM's GC pause meters appear with the first collection
            String metrics = Awaitility.await().until(MetricsEndpointTest::scrape,
                text -> text.contains("\njvm_gc_pause_seconds_count"));
            Set<String> served = new TreeSet<>();
            metrics.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> served.add(line.split("[{ ]", 2)[0]));
            Set<String> charted = new TreeSet<>();
            for (String expr : expressions) {
                Matcher name = METRIC.matcher(expr);
                while (name.find()) {
                    charted.add(name.group());
                }
            }
            assertTrue(charted.containsAll(List.of("curveball_sockets", "curveball_participants_online",
                "curveball_rooms_memory", "curveball_commands_applied_total", "curveball_commands_refused_total",
                "curveball_apply_seconds_bucket", "curveball_fanout_delay_seconds_bucket", "curveball_gap_repairs_total",
                "curveball_resyncs_total", "curveball_rate_limited_total", "curveball_csp_violations_total")),
                "every Curveball metric is charted: " + charted);
            Set<String> missing = new TreeSet<>(charted);
            missing.removeAll(served);
            assertTrue(missing.isEmpty(), "the dashboard charts metrics that /metrics does not serve: " + missing);
        }
    }

    /** A scrape to read next to a failure, and for whoever writes a dashboard: target/metrics-scrape.txt. */
    private static void keep(String metrics) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "metrics-scrape.txt"), metrics);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String scrape() {
        HttpResponse<String> response = node.get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        return response.body();
    }

    /** The value of the first sample whose name and labels begin with {@code series}; NaN when there is none. */
    static double value(String metrics, String series) {
        String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)").matcher(metrics);
        while (line.find()) {
            String found = line.group(1) == null ? "" : line.group(1);
            if (labels.isEmpty() || found.contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return Double.NaN;
    }
}

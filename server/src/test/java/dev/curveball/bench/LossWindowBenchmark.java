package dev.curveball.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClientOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * How much a crash loses, measured rather than assumed: one node with the embedded database, N rooms with someone
 * typing into each, the node killed with SIGKILL at a random moment, started again on the same data directory. For
 * every room it compares what the typist had acknowledged with what the restarted node gives back, and prints how
 * many acknowledged keys were lost and how old (at the kill) the oldest and the newest lost ones were.
 *
 * <p>Arguments (all optional): {@code --rooms 100}, {@code --rate 10} (keys per second per room),
 * {@code --min-seconds 5}, {@code --max-seconds 15} (when the kill falls, drawn uniformly), {@code --seed}.
 */
public final class LossWindowBenchmark {
    private LossWindowBenchmark() {
    }

    /** Types one key at a time, the next one {@code intervalMs} after the previous one's ack, on the socket's loop. */
    private static final class Typist {
        private final Vertx vertx;
        private final long intervalMs;
        private final List<Long> ackedAt = new ArrayList<>();
        private WsClient ws;
        private long rev;
        private long seq;
        private volatile boolean stopped;

        Typist(Vertx vertx, long intervalMs) {
            this.vertx = vertx;
            this.intervalMs = intervalMs;
        }

        void start(int port, CreatedRoom room) {
            ws = WsClient.connect(vertx, port, new WebSocketClientOptions(), this::frame);
            ws.hello(room.id(), room.hostToken(), "Typist");
            ws.awaitType("welcome");
        }

        private void frame(String text) {
            JsonNode message = parse(text);
            String type = message.path("type").asText();
            if ("welcome".equals(type)) {
                rev = message.at("/room/notes/shared/rev").asLong();
                next();
            } else if ("ack".equals(type) && !stopped) {
                synchronized (ackedAt) {
                    ackedAt.add(System.currentTimeMillis());
                }
                rev = message.path("rev").asLong();
                vertx.setTimer(intervalMs, t -> next());
            }
        }

        private void next() {
            if (stopped || ws.closed()) {
                return;
            }
            int length;
            synchronized (ackedAt) {
                length = ackedAt.size();
            }
            String op = length == 0 ? "[\"k\"]" : "[" + length + ",\"k\"]";
            ws.command("notes.op", "\"doc\":\"shared\",\"rev\":" + rev + ",\"op\":" + op
                + ",\"client\":\"typist\",\"clientSeq\":" + (++seq));
        }

        List<Long> stop() {
            stopped = true;
            synchronized (ackedAt) {
                return List.copyOf(ackedAt);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = BenchFlags.parse(args);
        int rooms = Integer.parseInt(flags.getOrDefault("--rooms", "100"));
        int rate = Integer.parseInt(flags.getOrDefault("--rate", "10"));
        double minSeconds = Double.parseDouble(flags.getOrDefault("--min-seconds", "5"));
        double maxSeconds = Double.parseDouble(flags.getOrDefault("--max-seconds", "15"));
        // SplittableRandom mixes its seed: java.util.Random draws nearly the same first double for nearby seeds.
        SplittableRandom random = new SplittableRandom(Long.parseLong(flags.getOrDefault("--seed",
            String.valueOf(System.nanoTime()))));

        Path dataDir = Files.createTempDirectory("curveball-loss-");
        Vertx vertx = Vertx.vertx();
        ProcessNode node = ProcessNode.launchDurable(TestNode.freePort(), dataDir, List.of()).awaitReady();
        List<CreatedRoom> created = new ArrayList<>();
        List<Typist> typists = new ArrayList<>();
        for (int i = 0; i < rooms; i++) {
            CreatedRoom room = node.createRoom("{\"title\":\"Loss " + i + "\",\"creatorSeat\":\"interviewer\"}");
            Typist typist = new Typist(vertx, 1000 / rate);
            typist.start(node.port(), room);
            created.add(room);
            typists.add(typist);
        }
        long typingFor = (long) ((minSeconds + random.nextDouble() * (maxSeconds - minSeconds)) * 1000);
        Thread.sleep(typingFor); // the load runs for a random time: this is the moment of the crash, not a sync
        long killedAt = System.currentTimeMillis();
        node.kill();
        List<List<Long>> acked = typists.stream().map(Typist::stop).toList();

        node = ProcessNode.launchDurable(TestNode.freePort(), dataDir, List.of()).awaitReady();
        long ackedKeys = 0;
        long lostKeys = 0;
        int roomsWithLoss = 0;
        long oldestLostMs = -1;
        long newestLostMs = -1;
        for (int i = 0; i < rooms; i++) {
            List<Long> times = acked.get(i);
            int restored;
            try (WsClient reader = WsClient.connect(vertx, node.port())) {
                reader.hello(created.get(i).id(), created.get(i).inviteToken(), "Reader");
                restored = reader.awaitType("welcome").at("/room/notes/shared/text").asText().length();
            }
            ackedKeys += times.size();
            if (restored < times.size()) {
                roomsWithLoss++;
                lostKeys += times.size() - restored;
                oldestLostMs = Math.max(oldestLostMs, killedAt - times.get(restored));
                long newest = killedAt - times.get(times.size() - 1);
                newestLostMs = newestLostMs < 0 ? newest : Math.min(newestLostMs, newest);
            }
        }
        node.terminate();
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        System.out.printf("| rooms | keys/s | killed after s | acknowledged keys | lost | rooms with loss |"
            + " oldest lost, ms before the kill | newest lost, ms before the kill |%n");
        System.out.printf("| %d | %d | %.1f | %d | %d | %d | %d | %d |%n", rooms, rooms * rate, typingFor / 1000.0,
            ackedKeys, lostKeys, roomsWithLoss, oldestLostMs, newestLostMs);
    }

    private static JsonNode parse(String text) {
        try {
            return Codec.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("unparseable frame " + text, e);
        }
    }
}

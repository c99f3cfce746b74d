package dev.curveball.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.room.Command;
import dev.curveball.room.RoomState;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.store.Result;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.LogCapture;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * README ("Honest limits"): a command applied but never published (its node died in between) leaves a gap that the
 * next event reveals; the sockets' feed then fetches the missing events from the room's log, logs the repair at
 * INFO, and every socket still gets every event once, in order.
 */
class GapRepairTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(Setting.GAP_REPAIR_MS, "200"));

    @Test
    void anEventThatWasNeverPublishedIsFetchedFromTheStoreAndDeliveredInOrder() throws Exception {
        CreatedRoom room = node.createRoom("{}");
        try (LogCapture log = LogCapture.start();
             WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            String adaId = ada.welcome().at("/you/participant").asText();
            // The round's start renders it once per seat, and Ada sees only her own: count from after it.
            long started = ada.awaitAnswer(ada.command("timer.start")).path("seq").asLong();
            ada.await(m -> "event".equals(m.path("type").asText()) && m.path("seq").asLong() == started);
            // Applied where the room lives, as a node that then died before publishing would have left it.
            @SuppressWarnings("unchecked")
            HazelcastRoomStore store = new HazelcastRoomStore((com.hazelcast.map.IMap<String, RoomState>) (Object)
                node.node().node().hazelcast().getMap(HazelcastRoomStore.MAP_NAME), TimeUnit.HOURS.toMillis(1));
            Result unpublished = store.apply(room.id(), Command.by(adaId, new TimerMessages.TimerPause(null)),
                System.currentTimeMillis()).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertTrue(unpublished instanceof Result.Applied, unpublished.toString());

            long last = ada.awaitAnswer(ada.command("timer.resume")).path("seq").asLong();
            ada.await(m -> "event".equals(m.path("type").asText()) && m.path("seq").asLong() == last);

            List<JsonNode> after = ada.messages("event").stream().filter(e -> e.path("seq").asLong() > started).toList();
            assertEquals(LongStream.rangeClosed(started + 1, last).boxed().toList(),
                after.stream().map(e -> e.path("seq").asLong()).toList(), "every event once, in order");
            assertEquals("paused", after.get(0).at("/event/timer/state").asText(),
                "the unpublished pause reached the socket: " + after);
            assertEquals(1, log.mentioning("repairing it from the store").size());
        }
    }
}

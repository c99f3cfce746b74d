package dev.curveball.fanout;

import dev.curveball.events.EventBatch;
import dev.curveball.events.FeedEvent;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.room.Audience;
import dev.curveball.room.LoggedEvent;
import dev.curveball.room.RoomState;
import dev.curveball.testing.LogCapture;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fan-out on one event loop, on a real (local) event bus. */
@ExtendWith(VertxExtension.class)
class RoomFeedsTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aListenerThatThrowsNeitherKeepsTheBatchFromTheListenersAfterItNorStaysUnaware(Vertx vertx,
                                                                                       VertxTestContext test) {
        List<Long> after = new CopyOnWriteArrayList<>();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        var checkpoint = test.checkpoint();
        vertx.runOnContext(v -> {
            // No gap arises here, so the store that repairs gaps is never asked: there is none.
            RoomFeeds feeds = new RoomFeeds(vertx, null, 60_000);
            feeds.attach("r1", new Recorder(failures) {
                @Override
                public void onEvents(List<FeedEvent> events) {
                    throw new IllegalStateException("WebSocket is closed");
                }
            });
            feeds.attach("r1", new Recorder(new CopyOnWriteArrayList<>()) {
                @Override
                public void onEvents(List<FeedEvent> events) {
                    events.forEach(e -> after.add(e.seq()));
                    test.verify(() -> {
                        assertEquals(List.of(7L), after, "the second listener got the batch");
                        assertEquals(1, failures.size(), "the first was told its delivery failed");
                    });
                    checkpoint.flag();
                }
            }).onSuccess(ready -> {
                feeds.startAt("r1", 6); // as a welcome at seq 6 would
                RoomFeeds.publish(vertx.eventBus(), "r1", EventBatch.encode(List.of(new LoggedEvent(7, 1_000L,
                    Audience.EVERYONE, new RoomEvent.PresenceChanged("p1", true)))));
            });
        });
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aGapThatClosesByItselfIsNeverRepairedEvenWhenAnotherOpensBeforeItsWaitWouldHaveEnded(Vertx vertx,
                                                                                          VertxTestContext test) {
        long wait = 200;
        List<Long> delivered = new CopyOnWriteArrayList<>();
        LogCapture log = LogCapture.start();
        vertx.runOnContext(v -> {
            // Every gap here closes by itself, so the store that repairs gaps must never be asked: there is none.
            RoomFeeds feeds = new RoomFeeds(vertx, null, wait);
            feeds.attach("r1", new Recorder(new CopyOnWriteArrayList<>()) {
                @Override
                public void onEvents(List<FeedEvent> events) {
                    events.forEach(e -> delivered.add(e.seq()));
                }
            }).onSuccess(ready -> {
                feeds.startAt("r1", 6);
                publish(vertx, 8);
                publish(vertx, 7); // the first gap closes at once
                // The second gap opens three quarters into what was the first one's wait and closes after it.
                vertx.setTimer(wait * 3 / 4, t1 -> publish(vertx, 10));
                vertx.setTimer(wait * 5 / 4, t2 -> publish(vertx, 9));
                vertx.setTimer(wait * 2, t3 -> test.verify(() -> {
                    log.close();
                    assertEquals(List.of(7L, 8L, 9L, 10L), delivered);
                    assertEquals(List.of(), log.mentioning("repairing"), "no gap was open for a whole wait");
                    test.completeNow();
                }));
            });
        });
    }

    private static void publish(Vertx vertx, long seq) {
        RoomFeeds.publish(vertx.eventBus(), "r1", EventBatch.encode(List.of(new LoggedEvent(seq, 1_000L,
            Audience.EVERYONE, new RoomEvent.PresenceChanged("p1", true)))));
    }

    /** A listener that only notes being told of its own failure. */
    private abstract static class Recorder implements RoomListener {
        private final List<RuntimeException> failures;

        Recorder(List<RuntimeException> failures) {
            this.failures = failures;
        }

        @Override
        public void onTransient(Audience audience, String frame) {
        }

        @Override
        public void onSnapshot(RoomState state) {
        }

        @Override
        public void roomGone() {
        }

        @Override
        public void failed(RuntimeException error) {
            failures.add(error);
        }
    }
}

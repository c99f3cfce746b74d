package dev.curveball.fanout;

import dev.curveball.events.EventBatch;
import dev.curveball.events.FeedEvent;
import dev.curveball.metrics.EventStamp;
import dev.curveball.metrics.NodeMetrics;
import dev.curveball.room.RoomState;
import dev.curveball.store.Catchup;
import dev.curveball.store.RoomStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One room's event stream on one event loop. It is put in {@code seq} order once for all the loop's sockets in the
 * room, and a gap that does not close by itself within the configured time is repaired once, from the room's log in
 * the store, or with a fresh snapshot when the log no longer reaches back far enough. Confined to its event loop.
 */
final class RoomFeed {
    private static final Logger LOG = LoggerFactory.getLogger(RoomFeed.class);

    private final String roomId;
    private final Vertx vertx;
    private final RoomStore store;
    private final long gapRepairMs;
    private final BiConsumer<String, List<FeedEvent>> watcher;
    private final NodeMetrics metrics;
    private final SeqGate<FeedEvent> gate = new SeqGate<>();
    private final Set<RoomListener> listeners = new LinkedHashSet<>();
    private MessageConsumer<String> consumer;
    private Future<Void> ready;
    private long gapTimer = -1;
    private boolean closed;

    /** @param watcher sees every run of events this feed delivers */
    RoomFeed(String roomId, Vertx vertx, RoomStore store, long gapRepairMs,
             BiConsumer<String, List<FeedEvent>> watcher, NodeMetrics metrics) {
        this.roomId = roomId;
        this.vertx = vertx;
        this.store = store;
        this.gapRepairMs = gapRepairMs;
        this.watcher = watcher;
        this.metrics = metrics;
    }

    /** Subscribes to the room's address; {@link #ready} completes once the subscription reaches the cluster. */
    void subscribe() {
        consumer = vertx.eventBus().consumer(RoomFeeds.address(roomId), message -> {
            if (message.headers().contains(RoomFeeds.TRANSIENT)) {
                TransientMessage note = TransientMessage.decode(message.body());
                each(listener -> listener.onTransient(note.audience(), note.frame()));
            } else {
                offer(EventBatch.decode(message.body()));
            }
        });
        ready = consumer.completion();
    }

    /** Completes once the subscription reaches the cluster. */
    Future<Void> ready() {
        return ready;
    }

    void add(RoomListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener; answers whether the feed has none left (and so unsubscribed). */
    boolean remove(RoomListener listener) {
        listeners.remove(listener);
        if (!listeners.isEmpty()) {
            return false;
        }
        closed = true;
        if (gapTimer >= 0) {
            vertx.cancelTimer(gapTimer);
        }
        consumer.unregister().onFailure(e -> LOG.warn("could not unsubscribe from room {}", roomId, e));
        return true;
    }

    /**
     * A listener was welcomed with the room at {@code seq}. The first one tells the feed where the stream stands:
     * until then events wait, since a new feed cannot know which of them its sockets already have.
     */
    void startAt(long seq) {
        if (!gate.started()) {
            deliver(gate.start(seq));
        }
    }

    private void offer(List<FeedEvent> events) {
        if (closed) {
            return;
        }
        for (FeedEvent event : events) {
            deliver(gate.offer(event.seq(), event));
        }
        if (!gate.hasGap() && gapTimer >= 0) {
            // The gap closed by itself: a later one gets its own full wait, not what is left of this one's.
            vertx.cancelTimer(gapTimer);
            gapTimer = -1;
        } else if (gate.hasGap() && gapTimer < 0) {
            gapTimer = vertx.setTimer(gapRepairMs, id -> repairGap());
        }
    }

    private void deliver(List<FeedEvent> ready) {
        if (ready.isEmpty()) {
            return;
        }
        watcher.accept(roomId, ready);
        each(listener -> listener.onEvents(ready));
        long now = System.currentTimeMillis();
        for (FeedEvent event : ready) {
            metrics.fannedOut(EventStamp.at(event.frame()), now);
        }
    }

    /** An event went missing on the way to this node: fetch what follows the last delivered one from the store. */
    private void repairGap() {
        gapTimer = -1;
        if (closed || !gate.hasGap()) {
            return;
        }
        LOG.info("room {}: gap after seq {} still open after {} ms; repairing it from the store", roomId, gate.last(),
            gapRepairMs);
        metrics.gapRepaired();
        store.catchUp(roomId, gate.last()).onSuccess(catchup -> {
            if (closed) {
                return;
            }
            if (catchup instanceof Catchup.Events missed) {
                offer(missed.events().stream().map(FeedEvent::of).toList());
            } else if (catchup instanceof Catchup.Snapshot snapshot) {
                RoomState state = snapshot.state();
                List<FeedEvent> after = gate.start(state.seq());
                metrics.resynced();
                each(listener -> listener.onSnapshot(state));
                deliver(after);
            } else {
                each(RoomListener::roomGone);
            }
        }).onFailure(e -> {
            LOG.warn("could not repair a gap in room {}", roomId, e);
            offer(List.of()); // try again after the same delay
        });
    }

    /** Hands something to every listener; one listener's failure never keeps it from the others. */
    private void each(Consumer<RoomListener> action) {
        for (RoomListener listener : List.copyOf(listeners)) {
            try {
                action.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("a listener of room {} failed; the others carry on", roomId, e);
                listener.failed(e);
            }
        }
    }
}

package dev.curveball.fanout;

import dev.curveball.metrics.NodeMetrics;
import dev.curveball.room.Audience;
import dev.curveball.room.RoomState;
import dev.curveball.store.RoomStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fan-out of room events over the (clustered) event bus. One instance per event loop: it subscribes to the address
 * {@code room.<id>} while at least one of its sockets is in that room, and hands those sockets the room's events in
 * order (see {@link RoomFeed}). Confined to its event loop, so it needs no locks.
 */
public final class RoomFeeds {
    static final String TRANSIENT = "transient";

    private final Vertx vertx;
    private final RoomStore store;
    private final long gapRepairMs;
    private final NodeMetrics metrics;
    private final Map<String, RoomFeed> feeds = new HashMap<>();
    private FeedWatcher watcher = FeedWatcher.NONE;

    /** @param gapRepairMs how long a missing event may take to arrive before it is fetched from the store */
    public RoomFeeds(Vertx vertx, RoomStore store, long gapRepairMs) {
        this(vertx, store, gapRepairMs, NodeMetrics.none());
    }

    /** @param metrics where gap repairs, resyncs and fan-out delays are counted */
    public RoomFeeds(Vertx vertx, RoomStore store, long gapRepairMs, NodeMetrics metrics) {
        this.vertx = vertx;
        this.store = store;
        this.gapRepairMs = gapRepairMs;
        this.metrics = metrics;
    }

    public static String address(String roomId) {
        return "room." + roomId;
    }

    /** Starts passing the room's events to {@code listener}; completes once the subscription reaches the cluster. */
    public Future<Void> attach(String roomId, RoomListener listener) {
        RoomFeed feed = feeds.get(roomId);
        if (feed == null) {
            feed = new RoomFeed(roomId, vertx, store, gapRepairMs, (id, events) -> watcher.events(id, events), metrics);
            feeds.put(roomId, feed);
            feed.subscribe();
        }
        feed.add(listener);
        return feed.ready();
    }

    /** A listener was welcomed to the room as {@code state} shows it; see {@link RoomFeed#startAt}. */
    public void welcomed(RoomState state) {
        startAt(state.id(), state.seq());
        watcher.welcomed(state);
    }

    /** The room's stream, as this loop's sockets have it, stands at {@code seq}. */
    void startAt(String roomId, long seq) {
        RoomFeed feed = feeds.get(roomId);
        if (feed != null) {
            feed.startAt(seq);
        }
    }

    public void detach(String roomId, RoomListener listener) {
        RoomFeed feed = feeds.get(roomId);
        if (feed != null && feed.remove(listener)) {
            feeds.remove(roomId);
        }
    }

    /** Sends a command's events, as one batch (see {@code EventBatch}), to every node with sockets in the room. */
    public static void publish(EventBus bus, String roomId, String batch) {
        bus.publish(address(roomId), batch);
    }

    /** Sends a frame outside the numbered stream to the room's sockets on every node. */
    public void publishTransient(String roomId, Audience audience, String frame) {
        vertx.eventBus().publish(address(roomId), new TransientMessage(audience, frame).encode(),
            new DeliveryOptions().addHeader(TRANSIENT, "1"));
    }

    /** Rooms this event loop is subscribed to. */
    public int rooms() {
        return feeds.size();
    }

    /** Whether this event loop has sockets in the room. */
    public boolean watching(String roomId) {
        return feeds.containsKey(roomId);
    }

    /** Also shows every room's events and welcomes on this event loop to {@code watcher}. */
    public void watch(FeedWatcher newWatcher) {
        watcher = newWatcher;
    }
}

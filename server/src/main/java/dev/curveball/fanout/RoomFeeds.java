package dev.curveball.fanout;

import dev.curveball.room.Audience;
import dev.curveball.room.LoggedEvent;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fan-out of room events over the (clustered) event bus. One instance per event loop: it subscribes to the address
 * {@code room.<id>} while at least one of its sockets is in that room, decodes each batch once and hands the events
 * to those sockets. Confined to its event loop, so it needs no locks.
 */
public final class RoomFeeds {
    private static final Logger LOG = LoggerFactory.getLogger(RoomFeeds.class);

    private static final String TRANSIENT = "transient";

    private final EventBus bus;
    private final Map<String, Feed> feeds = new HashMap<>();
    private BiConsumer<String, List<FeedEvent>> watcher = (roomId, events) -> { };

    public RoomFeeds(EventBus bus) {
        this.bus = bus;
    }

    public static String address(String roomId) {
        return "room." + roomId;
    }

    /** Starts passing the room's events to {@code listener}; completes once the subscription reaches the cluster. */
    public Future<Void> attach(String roomId, RoomListener listener) {
        Feed feed = feeds.computeIfAbsent(roomId, this::subscribe);
        feed.listeners.add(listener);
        return feed.ready;
    }

    public void detach(String roomId, RoomListener listener) {
        Feed feed = feeds.get(roomId);
        if (feed == null || !feed.listeners.remove(listener) || !feed.listeners.isEmpty()) {
            return;
        }
        feeds.remove(roomId);
        feed.consumer.unregister().onFailure(e -> LOG.warn("could not unsubscribe from room {}", roomId, e));
    }

    /** Sends a command's events to every node with sockets in the room, this one included. */
    public void publish(String roomId, List<LoggedEvent> events) {
        publish(bus, roomId, events);
    }

    /** The same, for code outside any event loop's feeds (such as the sweep after a node left). */
    public static void publish(EventBus bus, String roomId, List<LoggedEvent> events) {
        if (!events.isEmpty()) {
            bus.publish(address(roomId), EventBatch.encode(events));
        }
    }

    /** Sends a frame outside the numbered stream to the room's sockets on every node. */
    public void publishTransient(String roomId, Audience audience, String frame) {
        bus.publish(address(roomId), EventBatch.encodeTransient(new TransientMessage(audience, frame)),
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

    /** Also shows every batch of room events arriving here to {@code watcher}, once per batch. */
    public void watch(BiConsumer<String, List<FeedEvent>> newWatcher) {
        watcher = newWatcher;
    }

    private Feed subscribe(String roomId) {
        Feed feed = new Feed();
        feed.consumer = bus.<String>consumer(address(roomId), message -> {
            if (message.headers().contains(TRANSIENT)) {
                TransientMessage note = EventBatch.decodeTransient(message.body());
                for (RoomListener listener : List.copyOf(feed.listeners)) {
                    isolated(roomId, listener, () -> listener.onTransient(note.audience(), note.frame()));
                }
                return;
            }
            List<FeedEvent> events = EventBatch.decode(message.body());
            watcher.accept(roomId, events);
            for (RoomListener listener : List.copyOf(feed.listeners)) {
                isolated(roomId, listener, () -> listener.onEvents(events));
            }
        });
        feed.ready = feed.consumer.completion();
        return feed;
    }

    /**
     * Hands a delivery to one listener so that whatever happens to it cannot touch the others: a listener that
     * throws is told it failed (it can no longer vouch for its stream), and the loop goes on to the next one.
     * Without this, one socket's exception skipped the batch for every socket after it on this event loop.
     */
    private static void isolated(String roomId, RoomListener listener, Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            LOG.error("delivery to a listener of room {} failed; the room's other listeners still get it", roomId, e);
            listener.failed(e);
        }
    }

    private static final class Feed {
        final Set<RoomListener> listeners = new LinkedHashSet<>();
        MessageConsumer<String> consumer;
        Future<Void> ready;
    }
}

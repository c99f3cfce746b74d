package dev.curveball.cluster;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per room created, expired, evicted or deleted, logged by the member that owns the room, so once in
 * the whole cluster (a local listener; backups and migrations raise no event). Rooms read back from the database
 * after a restart are not "created". The line names the room id, which is in every room link and grants nothing;
 * never a token or secret. The first join is logged where it happens ({@code Rooms}).
 */
public final class RoomLifecycleLog implements EntryAddedListener<String, Object>, EntryExpiredListener<String, Object>,
    EntryRemovedListener<String, Object>, EntryEvictedListener<String, Object> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.curveball.rooms");

    private final int expiryHours;

    private RoomLifecycleLog(int expiryHours) {
        this.expiryHours = expiryHours;
    }

    /** Starts logging the lifecycle of the rooms this member owns. */
    public static void attach(IMap<String, ?> rooms, int expiryHours) {
        @SuppressWarnings("unchecked")
        IMap<String, Object> map = (IMap<String, Object>) rooms;
        map.addLocalEntryListener(new RoomLifecycleLog(expiryHours));
    }

    @Override
    public void entryAdded(EntryEvent<String, Object> event) {
        LOG.info("room {} created", event.getKey());
    }

    @Override
    public void entryExpired(EntryEvent<String, Object> event) {
        LOG.info("room {} expired: nobody touched it for {} hours", event.getKey(), expiryHours);
    }

    @Override
    public void entryRemoved(EntryEvent<String, Object> event) {
        LOG.info("room {} deleted", event.getKey());
    }

    @Override
    public void entryEvicted(EntryEvent<String, Object> event) {
        LOG.info("room {} evicted from memory", event.getKey());
    }
}

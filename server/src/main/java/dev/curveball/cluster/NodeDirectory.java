package dev.curveball.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each live node serves HTTP, so that a browser whose node went away can reconnect to another one without a
 * load balancer. Entries leave with their node (on shutdown, or swept by {@link DepartedNodes}). Each node keeps its
 * own copy, kept current by the map's entry events, so reading it never asks the cluster and a node that just
 * joined is known everywhere as soon as its entry is: a page served a moment later may already fail over to it.
 */
public final class NodeDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(NodeDirectory.class);
    static final String MAP_NAME = "nodes";

    private final IMap<String, String> nodes;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    private NodeDirectory(IMap<String, String> nodes) {
        this.nodes = nodes;
    }

    /** Blocking (it reads the directory once): call while the node starts, not on an event loop. */
    public static NodeDirectory of(HazelcastInstance hazelcast) {
        NodeDirectory directory = new NodeDirectory(hazelcast.getMap(MAP_NAME));
        directory.nodes.addEntryListener(directory.new Changes(), true);
        directory.known.putAll(directory.nodes);
        return directory;
    }

    /** Entry events keep {@link #known} in step; listening starts before the first read, so none is missed. */
    private final class Changes implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String>,
        EntryRemovedListener<String, String>, EntryEvictedListener<String, String> {
        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            known.put(event.getKey(), event.getValue());
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> event) {
            known.put(event.getKey(), event.getValue());
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> event) {
            known.remove(event.getKey());
        }

        @Override
        public void entryEvicted(EntryEvent<String, String> event) {
            known.remove(event.getKey());
        }
    }

    /** Asynchronous: called from an event loop when the node is ready. */
    public void register(String nodeId, String url) {
        nodes.setAsync(nodeId, url).exceptionally(e -> {
            LOG.warn("could not list this node at {} in the cluster directory", url, e);
            return null;
        });
    }

    /** Best effort: if this member is already gone, the survivors' sweep removes the entry instead. */
    public void unregister(String nodeId) {
        try {
            nodes.delete(nodeId);
        } catch (HazelcastInstanceNotActiveException e) {
            LOG.debug("member already stopped; the survivors will unlist node {}", nodeId);
        }
    }

    /** The base URLs of the live nodes, sorted, from this node's copy: answers at once. */
    public Future<List<String>> urls() {
        return Future.succeededFuture(known.values().stream().sorted().toList());
    }
}

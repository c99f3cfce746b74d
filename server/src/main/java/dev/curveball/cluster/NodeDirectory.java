package dev.curveball.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each live node serves HTTP, so that a browser whose node went away can reconnect to another one without a
 * load balancer. Entries leave with their node (on shutdown, or swept by {@link DepartedNodes}).
 */
public final class NodeDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(NodeDirectory.class);
    static final String MAP_NAME = "nodes";

    private final IMap<String, String> nodes;

    private NodeDirectory(IMap<String, String> nodes) {
        this.nodes = nodes;
    }

    public static NodeDirectory of(HazelcastInstance hazelcast) {
        return new NodeDirectory(hazelcast.getMap(MAP_NAME));
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

    /** The base URLs of the live nodes, sorted. */
    public Future<List<String>> urls() {
        Context context = Vertx.currentContext();
        // values() asks every member: keep it off the event loop.
        return context == null
            ? Future.succeededFuture(sorted())
            : context.executeBlocking(this::sorted);
    }

    private List<String> sorted() {
        return nodes.values().stream().sorted().toList();
    }
}

package dev.curveball.cluster;

import com.hazelcast.cluster.ClusterState;
import com.hazelcast.core.HazelcastInstance;
import dev.curveball.http.HealthProbe;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Alive while the local member runs and the cluster accepts writes; ready when, in addition, the node is not
 * shutting down and every partition has its backups (a member may leave without losing a room).
 */
public final class HazelcastHealth implements HealthProbe {
    private final HazelcastInstance hazelcast;
    private final AtomicBoolean draining = new AtomicBoolean();

    public HazelcastHealth(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** From now on the node takes no new sockets and reports not ready. */
    public void drain() {
        draining.set(true);
    }

    @Override
    public boolean acceptingSockets() {
        return !draining.get();
    }

    @Override
    public JsonObject check() {
        if (!hazelcast.getLifecycleService().isRunning()) {
            return new JsonObject().put("up", false).put("reason", "Hazelcast member is not running");
        }
        ClusterState state = hazelcast.getCluster().getClusterState();
        return new JsonObject()
            .put("up", state == ClusterState.ACTIVE)
            .put("clusterState", state.name())
            .put("members", hazelcast.getCluster().getMembers().size());
    }

    @Override
    public JsonObject readiness() {
        JsonObject health = check();
        boolean safe = health.getBoolean("up") && hazelcast.getPartitionService().isClusterSafe();
        return health
            .put("clusterSafe", safe)
            .put("draining", draining.get())
            .put("ready", safe && !draining.get());
    }
}

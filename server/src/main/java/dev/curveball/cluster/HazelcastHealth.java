package dev.curveball.cluster;

import com.hazelcast.cluster.ClusterState;
import com.hazelcast.core.HazelcastInstance;
import dev.curveball.http.HealthProbe;
import io.vertx.core.json.JsonObject;

/** Healthy while the local member runs and the cluster accepts writes. */
public final class HazelcastHealth implements HealthProbe {
    private final HazelcastInstance hazelcast;

    public HazelcastHealth(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
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
}

package dev.curveball.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import dev.curveball.apply.Rooms;
import dev.curveball.room.Command;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a member leaves the cluster (shut down or dead), the sockets it held are gone; without this, their
 * participants would show as online forever. The oldest surviving member sweeps every room once.
 */
public final class DepartedNodes implements MembershipListener {
    private static final Logger LOG = LoggerFactory.getLogger(DepartedNodes.class);

    private final HazelcastInstance hazelcast;
    private final Rooms rooms;
    private final NodeDirectory directory;
    private final Vertx vertx;

    public DepartedNodes(HazelcastInstance hazelcast, Rooms rooms, NodeDirectory directory, Vertx vertx) {
        this.hazelcast = hazelcast;
        this.rooms = rooms;
        this.directory = directory;
        this.vertx = vertx;
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        // Nothing to do: a new node's sockets announce themselves when they join rooms.
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        String nodeId = event.getMember().getAttribute(HazelcastSetup.VERTX_NODE_ID);
        if (nodeId == null || !oldestSurvivor()) {
            return;
        }
        long started = System.nanoTime();
        vertx.<Void>executeBlocking(() -> {
            directory.unregister(nodeId);
            rooms.applyEverywhere(new Command.DropConnections(nodeId + "/"))
                .onSuccess(changed -> {
                    LOG.info("node {} left; {} rooms updated its participants' presence in {} ms", nodeId,
                        changed, (System.nanoTime() - started) / 1_000_000);
                })
                .onFailure(e -> LOG.warn("could not clear the sockets of departed node {}", nodeId, e));
            return null;
        });
    }

    private boolean oldestSurvivor() {
        Member oldest = hazelcast.getCluster().getMembers().iterator().next();
        return oldest.localMember();
    }
}

package dev.curveball.cluster;

import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import dev.curveball.config.Config;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.store.StoreSerialization;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;

/** The Hazelcast member configuration: loopback only, quiet, and with the rooms map set up for entry processors. */
public final class HazelcastSetup {
    private static final String LOOPBACK = "127.0.0.1";
    /** The member attribute through which Vert.x's cluster manager finds its node id on a member we created. */
    private static final String VERTX_NODE_ID = "__vertx.nodeId";

    private HazelcastSetup() {
    }

    /** The embedded default: one member that never looks for others. */
    public static com.hazelcast.config.Config embedded(Config config, String nodeId) {
        // Hazelcast reads its logging choice before it reads any config, so it must be a system property.
        System.setProperty("hazelcast.logging.type", "slf4j");
        // Starts from Vert.x's default so the cluster manager's own structures (__vertx.*) keep their settings.
        com.hazelcast.config.Config hz = ConfigUtil.loadConfig();
        hz.setClusterName(config.cluster().name());
        hz.getMemberAttributeConfig().setAttribute(VERTX_NODE_ID, nodeId);
        hz.setProperty("hazelcast.phone.home.enabled", "false");
        hz.setProperty("hazelcast.socket.bind.any", "false");
        hz.setProperty("hazelcast.logging.type", "slf4j");
        // The node shuts Hazelcast down itself, after its sockets, so that nothing is cut off half-way.
        hz.setProperty("hazelcast.shutdownhook.enabled", "false");

        NetworkConfig network = hz.getNetworkConfig();
        network.setPort(config.cluster().hazelcastPort()).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface(LOOPBACK);
        network.setPublicAddress(null);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(false);

        // OBJECT: an entry processor works on the live room instead of deserializing it for every command.
        hz.getMapConfig(HazelcastRoomStore.MAP_NAME)
            .setInMemoryFormat(InMemoryFormat.OBJECT)
            .setBackupCount(1)
            .setMaxIdleSeconds(config.rooms().expiryHours() * 3600);
        StoreSerialization.register(hz.getSerializationConfig());
        return hz;
    }
}

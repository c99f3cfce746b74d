package dev.curveball.cluster;

import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MergePolicyConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.spi.merge.LatestUpdateMergePolicy;
import dev.curveball.config.Config;
import dev.curveball.config.ConfigException;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.store.StoreSerialization;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import java.io.File;
import java.io.IOException;

/**
 * The Hazelcast member configuration. The same function builds the embedded cluster of one and a member of a real
 * cluster; only the join settings differ.
 */
public final class HazelcastSetup {
    /** The member attribute through which Vert.x's cluster manager finds its node id on a member we created. */
    static final String VERTX_NODE_ID = "__vertx.nodeId";
    /** Heartbeats every second; a member silent for this long is declared dead and its partitions are recovered. */
    static final int HEARTBEAT_SECONDS = 1;
    static final int MAX_SILENCE_SECONDS = 10;
    /** Entries the split-brain merge handles per batch, Hazelcast's default made explicit. */
    private static final int MERGE_BATCH_SIZE = 100;

    private HazelcastSetup() {
    }

    public static com.hazelcast.config.Config member(Config config, String nodeId) {
        // Hazelcast reads its logging choice before it reads any config, so it must be a system property.
        System.setProperty("hazelcast.logging.type", "slf4j");
        // Starts from Vert.x's default so the cluster manager's own structures (__vertx.*) keep their settings.
        com.hazelcast.config.Config hz = ConfigUtil.loadConfig();
        Config.Cluster cluster = config.cluster();
        hz.setClusterName(cluster.name());
        hz.getMemberAttributeConfig().setAttribute(VERTX_NODE_ID, nodeId);
        hz.setProperty("hazelcast.phone.home.enabled", "false");
        hz.setProperty("hazelcast.socket.bind.any", "false");
        hz.setProperty("hazelcast.logging.type", "slf4j");
        hz.setProperty("hazelcast.heartbeat.interval.seconds", String.valueOf(HEARTBEAT_SECONDS));
        hz.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(MAX_SILENCE_SECONDS));
        // The node shuts Hazelcast down itself, after its sockets, so that nothing is cut off half-way.
        hz.setProperty("hazelcast.shutdownhook.enabled", "false");

        if (cluster.configFile().isEmpty()) {
            network(hz.getNetworkConfig(), cluster);
        } else {
            hz.setNetworkConfig(fromFile(cluster.configFile()).getNetworkConfig());
        }

        // OBJECT: an entry processor works on the live room instead of deserializing it for every command.
        // After a split brain heals, the copy of a room that changed last wins: it holds the most recent work.
        hz.getMapConfig(HazelcastRoomStore.MAP_NAME)
            .setInMemoryFormat(InMemoryFormat.OBJECT)
            .setBackupCount(cluster.backupCount())
            .setAsyncBackupCount(0)
            .setPerEntryStatsEnabled(true)
            .setMergePolicyConfig(new MergePolicyConfig(LatestUpdateMergePolicy.class.getName(), MERGE_BATCH_SIZE))
            .setMaxIdleSeconds(config.rooms().expiryHours() * 3600);
        StoreSerialization.register(hz.getSerializationConfig());
        return hz;
    }

    private static void network(NetworkConfig network, Config.Cluster cluster) {
        network.setPort(cluster.hazelcastPort()).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface(cluster.host());
        network.setPublicAddress(null);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!cluster.members().isEmpty()).setMembers(cluster.members());
    }

    private static com.hazelcast.config.Config fromFile(String path) {
        try {
            return com.hazelcast.config.Config.loadFromFile(new File(path));
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot use Hazelcast config file " + path + ": " + e.getMessage());
        }
    }
}

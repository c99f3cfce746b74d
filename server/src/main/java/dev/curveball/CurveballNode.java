package dev.curveball;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.curveball.apply.Rooms;
import dev.curveball.catalog.Catalog;
import dev.curveball.catalog.CatalogException;
import dev.curveball.catalog.CatalogLoader;
import dev.curveball.cluster.DepartedNodes;
import dev.curveball.cluster.NodeDirectory;
import dev.curveball.http.StaticAssets;
import dev.curveball.cluster.HazelcastHealth;
import dev.curveball.cluster.HazelcastSetup;
import dev.curveball.config.Config;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.store.RoomStore;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Curveball node: a Hazelcast member holding rooms, a clustered Vert.x on top of it for the event bus, and one
 * {@link ServerVerticle} per event loop. The embedded default is simply a cluster of one.
 */
public final class CurveballNode {
    private static final Logger LOG = LoggerFactory.getLogger(CurveballNode.class);

    private final HazelcastInstance hazelcast;
    private final HazelcastHealth health;
    private final NodeDirectory directory;
    private final String nodeId;
    private final Vertx vertx;
    private final int port;

    private CurveballNode(HazelcastInstance hazelcast, HazelcastHealth health, NodeDirectory directory, String nodeId,
                          Vertx vertx, int port) {
        this.hazelcast = hazelcast;
        this.health = health;
        this.directory = directory;
        this.nodeId = nodeId;
        this.vertx = vertx;
        this.port = port;
    }

    /** The address other nodes' clients should use for this one: the configured public URL, or host and port. */
    static String publicUrl(Config config, int port) {
        if (!config.http().publicUrl().isEmpty()) {
            return config.http().publicUrl();
        }
        String host = "0.0.0.0".equals(config.http().host()) ? config.cluster().host() : config.http().host();
        return "http://" + host + ":" + port;
    }

    /**
     * Starts a node. Fails, leaving nothing running, if any step fails: a node that joined the cluster but could not
     * serve HTTP would be worse than none. The prompt catalog is read and validated first, before joining.
     */
    public static Future<CurveballNode> start(Config config) {
        Catalog catalog;
        StaticAssets assets;
        try {
            catalog = CatalogLoader.fromClasspath();
        } catch (CatalogException e) {
            return Future.failedFuture(e);
        }
        try {
            assets = StaticAssets.fromClasspath();
        } catch (IllegalStateException | UncheckedIOException e) {
            return Future.failedFuture(e);
        }
        HazelcastInstance hazelcast;
        String nodeId = UUID.randomUUID().toString();
        try {
            hazelcast = Hazelcast.newHazelcastInstance(HazelcastSetup.member(config, nodeId));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        RoomStore store = new HazelcastRoomStore(hazelcast.getMap(HazelcastRoomStore.MAP_NAME));
        HazelcastHealth health = new HazelcastHealth(hazelcast);
        NodeDirectory directory = NodeDirectory.of(hazelcast);
        NodeServices services = new NodeServices(config, store, health, catalog, directory::urls,
            System::currentTimeMillis, assets);
        int loops = config.http().eventLoops() > 0
            ? config.http().eventLoops()
            : Runtime.getRuntime().availableProcessors();
        String host = config.cluster().host();
        VertxOptions options = new VertxOptions().setEventBusOptions(new EventBusOptions()
            .setHost(host).setClusterPublicHost(host).setPort(0));
        List<ServerVerticle> verticles = new ArrayList<>();
        return Vertx.builder().with(options).withClusterManager(new HazelcastClusterManager(hazelcast))
            .buildClustered()
            .recover(e -> {
                hazelcast.shutdown();
                return Future.failedFuture(e);
            })
            .compose(vertx -> vertx.deployVerticle(() -> {
                    ServerVerticle verticle = new ServerVerticle(services, nodeId);
                    synchronized (verticles) {
                        verticles.add(verticle);
                    }
                    return verticle;
                }, new DeploymentOptions().setInstances(loops))
                .map(id -> {
                    int port = verticles.get(0).actualPort();
                    hazelcast.getCluster().addMembershipListener(
                        new DepartedNodes(hazelcast, new Rooms(store, vertx.eventBus(), services.clock()), directory,
                            vertx));
                    directory.register(nodeId, publicUrl(config, port));
                    return new CurveballNode(hazelcast, health, directory, nodeId, vertx, port);
                })
                .recover(e -> vertx.close().eventually(() -> {
                    hazelcast.shutdown();
                    return Future.succeededFuture();
                }).compose(v -> Future.failedFuture(e))));
    }

    public int port() {
        return port;
    }

    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /**
     * Leaves without losing work: stop taking sockets (and report not ready), tell the open ones to go away and
     * reconnect elsewhere, close the event bus, then leave the Hazelcast cluster, which first hands this member's
     * partitions to the others.
     */
    public Future<Void> stop() {
        health.drain();
        directory.unregister(nodeId);
        return vertx.close()
            .onFailure(e -> LOG.warn("Vert.x did not close cleanly", e))
            .eventually(() -> {
                hazelcast.shutdown();
                return Future.succeededFuture();
            });
    }
}

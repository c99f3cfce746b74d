package dev.curveball;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.curveball.apply.Rooms;
import dev.curveball.catalog.Catalog;
import dev.curveball.catalog.CatalogException;
import dev.curveball.catalog.CatalogLoader;
import dev.curveball.cluster.DepartedNodes;
import dev.curveball.cluster.NodeDirectory;
import dev.curveball.cluster.RoomLifecycleLog;
import dev.curveball.http.StaticAssets;
import dev.curveball.cluster.HazelcastHealth;
import dev.curveball.cluster.HazelcastSetup;
import dev.curveball.config.Config;
import dev.curveball.durable.DurableHealth;
import dev.curveball.durable.DurableRooms;
import dev.curveball.durable.RoundArchive;
import dev.curveball.http.HealthProbe;
import dev.curveball.metrics.NodeMetrics;
import dev.curveball.cohort.CohortStore;
import dev.curveball.store.HazelcastCohortStore;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.store.RoomStore;
import dev.curveball.transport.Throttles;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Curveball node: a Hazelcast member holding rooms, a clustered Vert.x on top of it for the event bus, and one
 * {@link ServerVerticle} per event loop. The embedded default is simply a cluster of one.
 */
public final class CurveballNode {
    private static final Logger LOG = LoggerFactory.getLogger(CurveballNode.class);
    /** How long a stopping node waits for the database to take the rooms still queued for it. */
    static final long FLUSH_TIMEOUT_MS = 15_000;

    private final HazelcastInstance hazelcast;
    private final HazelcastHealth health;
    private final NodeDirectory directory;
    private final String nodeId;
    private final Vertx vertx;
    private final int port;
    private final Optional<DurableRooms> durable;

    private CurveballNode(HazelcastInstance hazelcast, HazelcastHealth health, NodeDirectory directory, String nodeId,
                          Vertx vertx, int port, Optional<DurableRooms> durable) {
        this.hazelcast = hazelcast;
        this.health = health;
        this.directory = directory;
        this.nodeId = nodeId;
        this.vertx = vertx;
        this.port = port;
        this.durable = durable;
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
        // The database comes first: a node that cannot keep its rooms must not join a cluster and take some.
        Optional<DurableRooms> durable;
        try {
            durable = config.store().durable()
                ? Optional.of(DurableRooms.open(config, System::currentTimeMillis))
                : Optional.empty();
        } catch (RuntimeException e) {
            return Future.failedFuture(new IllegalStateException("the room database could not be opened: "
                + e.getMessage(), e));
        }
        HazelcastInstance hazelcast;
        String nodeId = UUID.randomUUID().toString();
        try {
            com.hazelcast.config.Config member = HazelcastSetup.member(config, nodeId);
            durable.ifPresent(d -> {
                d.attachTo(member.getMapConfig(HazelcastRoomStore.MAP_NAME));
                d.attachCohorts(member.getMapConfig(HazelcastCohortStore.MAP_NAME));
            });
            hazelcast = Hazelcast.newHazelcastInstance(member);
        } catch (RuntimeException e) {
            durable.ifPresent(DurableRooms::close);
            return Future.failedFuture(e);
        }
        RoomStore store = new HazelcastRoomStore(hazelcast.getMap(HazelcastRoomStore.MAP_NAME),
            TimeUnit.MINUTES.toMillis(config.guard().unjoinedRoomExpiryMinutes()));
        RoomLifecycleLog.attach(hazelcast.getMap(HazelcastRoomStore.MAP_NAME), config.rooms().expiryHours());
        HazelcastHealth health = HazelcastHealth.watch(hazelcast);
        HealthProbe probe = durable
            .map(d -> DurableHealth.of(health, d, hazelcast.getMap(HazelcastRoomStore.MAP_NAME)))
            .orElseGet(() -> DurableHealth.memoryOnly(health));
        RoundArchive archive = durable.<RoundArchive>map(d -> d).orElse(RoundArchive.NONE);
        NodeDirectory directory = NodeDirectory.of(hazelcast);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        NodeMetrics metrics = NodeMetrics.create(registry, () ->
            (int) hazelcast.getMap(HazelcastRoomStore.MAP_NAME).getLocalMapStats().getOwnedEntryCount());
        CohortStore cohorts = new HazelcastCohortStore(hazelcast.getMap(HazelcastCohortStore.MAP_NAME),
            TimeUnit.HOURS.toMillis(config.rooms().expiryHours()));
        NodeServices services = new NodeServices(config, store, cohorts, probe, catalog, directory::urls,
            System::currentTimeMillis, assets, archive, registry, metrics, new Throttles(config));
        int loops = config.http().eventLoops() > 0
            ? config.http().eventLoops()
            : Runtime.getRuntime().availableProcessors();
        String host = config.cluster().host();
        VertxOptions options = new VertxOptions().setEventBusOptions(new EventBusOptions()
            .setHost(host).setClusterPublicHost(host).setPort(0))
            .setMetricsOptions(metricsOptions(nodeId));
        List<ServerVerticle> verticles = new ArrayList<>();
        return Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory(registry))
            .withClusterManager(new HazelcastClusterManager(hazelcast))
            .buildClustered()
            .recover(e -> {
                hazelcast.shutdown();
                health.close();
                durable.ifPresent(DurableRooms::close);
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
                        new DepartedNodes(hazelcast, new Rooms(store, vertx.eventBus(), services.clock(), metrics),
                            directory,
                            vertx));
                    directory.register(nodeId, publicUrl(config, port));
                    return new CurveballNode(hazelcast, health, directory, nodeId, vertx, port, durable);
                })
                .recover(e -> vertx.close().eventually(() -> {
                    hazelcast.shutdown();
                    health.close();
                    durable.ifPresent(DurableRooms::close);
                    return Future.succeededFuture();
                }).compose(v -> Future.failedFuture(e))));
    }

    /**
     * Vert.x's HTTP, WebSocket, event-bus and pool meters plus the JVM's, in this node's own registry (several nodes
     * may share a JVM in tests). Labels are only those of bounded cardinality: the event-bus address ("room.<id>")
     * and the HTTP path would make a series per room.
     */
    private static MicrometerMetricsOptions metricsOptions(String nodeId) {
        return new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
            .setRegistryName("curveball-" + nodeId)
            .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.EB_SIDE, Label.EB_FAILURE,
                Label.POOL_TYPE, Label.POOL_NAME));
    }

    public int port() {
        return port;
    }

    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /**
     * Leaves without losing work: stop taking sockets (and report not ready), tell the open ones to go away and
     * reconnect elsewhere, close the event bus, write every room changed since its last write to the database, then
     * leave the Hazelcast cluster, which first hands this member's partitions to the others.
     */
    public Future<Void> stop() {
        health.drain();
        directory.unregister(nodeId);
        return vertx.close()
            .onFailure(e -> LOG.warn("Vert.x did not close cleanly", e))
            .eventually(() -> {
                durable.ifPresent(this::flush);
                hazelcast.shutdown();
                health.close();
                durable.ifPresent(DurableRooms::close);
                return Future.succeededFuture();
            });
    }

    /** Hazelcast's write-behind queue into the store, then the store's own queue into the database. */
    private void flush(DurableRooms rooms) {
        try {
            hazelcast.getMap(HazelcastRoomStore.MAP_NAME).flush();
            int unwritten = rooms.flush(FLUSH_TIMEOUT_MS);
            if (unwritten > 0) {
                LOG.error("{} rooms could not be written before stopping: the database did not answer within {} ms",
                    unwritten, FLUSH_TIMEOUT_MS);
            } else {
                LOG.info("every room is written to the database");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("interrupted while writing rooms to the database before stopping");
        } catch (RuntimeException e) {
            LOG.error("could not write rooms to the database before stopping", e);
        }
    }
}

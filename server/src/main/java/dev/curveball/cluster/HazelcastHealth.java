package dev.curveball.cluster;

import com.hazelcast.cluster.ClusterState;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.partition.MigrationListener;
import com.hazelcast.partition.MigrationState;
import com.hazelcast.partition.ReplicaMigrationEvent;
import dev.curveball.http.HealthProbe;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alive while the local member runs, the cluster accepts writes and the node is not shutting down; ready when, in
 * addition, every partition has its backups (a member may leave without losing a room).
 *
 * <p>Both answers come from a cached {@link View} and never block: Hazelcast's {@code isClusterSafe()} asks every
 * member about every partition and can wait ~10 s for a member that just died, so it runs on a thread of its own,
 * once a second and again after every membership or migration event. An event makes the node unready at once; only
 * a check that started after the last event and found the cluster safe makes it ready again.
 */
public final class HazelcastHealth implements HealthProbe, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HazelcastHealth.class);
    /** How often the cluster's safety is checked when nothing happens. */
    static final long RECHECK_MS = 1_000;
    /**
     * How long one isClusterSafe() may take before the check counts the cluster unsafe and moves on. A call sent to a
     * member in the moment it dies waits for Hazelcast's call timeout (60 s), retrying that member; a call made once
     * the member list changed goes to the survivors and answers in milliseconds.
     */
    static final long SAFETY_CALL_MS = 3_000;
    /** Calls left waiting on a dead member, at most; beyond that the check reports unsafe without asking again. */
    static final int MAX_STUCK_CALLS = 4;

    /** What the last check saw. */
    record View(boolean running, String clusterState, int members, boolean safe, String reason) {
        static final View STARTING = new View(false, "UNKNOWN", 0, false, "the first check has not finished");

        View unsettled(String why) {
            return new View(running, clusterState, members, false, why);
        }
    }

    private final HazelcastInstance hazelcast;
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Bumped by every membership, migration or lifecycle event: a check that saw it change proves nothing. */
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean recheckQueued = new AtomicBoolean();
    private final ScheduledExecutorService checker;
    /** Where isClusterSafe() runs, so a call stuck on a member that just died holds up neither the checker nor us. */
    private final ExecutorService safetyCalls;
    private final AtomicInteger stuckCalls = new AtomicInteger();
    private volatile View view = View.STARTING;

    private HazelcastHealth(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.checker = Executors.newSingleThreadScheduledExecutor(daemon("curveball-health"));
        this.safetyCalls = Executors.newCachedThreadPool(daemon("curveball-health-safety"));
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Starts watching the member: listeners on its cluster, partitions and lifecycle, and the periodic check. */
    public static HazelcastHealth watch(HazelcastInstance hazelcast) {
        HazelcastHealth health = new HazelcastHealth(hazelcast);
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                health.changed("a member joined; partitions are moving");
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                health.changed("a member left; its partitions' backups are being restored");
            }
        });
        hazelcast.getPartitionService().addMigrationListener(new MigrationListener() {
            @Override
            public void migrationStarted(MigrationState state) {
                health.changed("partitions are migrating");
            }

            @Override
            public void migrationFinished(MigrationState state) {
                health.changed("partitions finished migrating; checking backups");
            }

            @Override
            public void replicaMigrationCompleted(ReplicaMigrationEvent event) {
                // Covered by migrationStarted / migrationFinished: one event per replica would only add noise.
            }

            @Override
            public void replicaMigrationFailed(ReplicaMigrationEvent event) {
                health.changed("a partition failed to migrate");
            }
        });
        hazelcast.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTTING_DOWN) {
                health.changed("Hazelcast member is shutting down");
            }
        });
        health.checker.scheduleWithFixedDelay(health::refresh, 0, RECHECK_MS, TimeUnit.MILLISECONDS);
        return health;
    }

    /** From now on the node takes no new sockets and reports neither alive nor ready. */
    public void drain() {
        draining.set(true);
    }

    @Override
    public boolean acceptingSockets() {
        return !draining.get();
    }

    @Override
    public JsonObject check() {
        View seen = view;
        JsonObject health = new JsonObject()
            .put("clusterState", seen.clusterState())
            .put("members", seen.members());
        if (draining.get()) {
            return health.put("up", false).put("reason", "the node is shutting down");
        }
        if (!seen.running()) {
            return health.put("up", false).put("reason", seen.reason());
        }
        return health.put("up", acceptsWrites(seen.clusterState()));
    }

    @Override
    public JsonObject readiness() {
        View seen = view;
        JsonObject health = check();
        boolean safe = health.getBoolean("up") && seen.safe();
        health.put("clusterSafe", safe).put("draining", draining.get()).put("ready", safe && !draining.get());
        if (!seen.safe() && seen.reason() != null && !health.containsKey("reason")) {
            health.put("reason", seen.reason());
        }
        return health;
    }

    /** Stops the checks; the node is stopping. */
    @Override
    public void close() {
        checker.shutdownNow();
        safetyCalls.shutdownNow();
    }

    /** isClusterSafe(), or null when it did not answer in time (the call is left to finish on its own thread). */
    private Boolean clusterSafe() {
        if (stuckCalls.get() >= MAX_STUCK_CALLS) {
            return null;
        }
        Future<Boolean> call = safetyCalls.submit(() -> hazelcast.getPartitionService().isClusterSafe());
        try {
            return call.get(SAFETY_CALL_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            stuckCalls.incrementAndGet();
            safetyCalls.execute(() -> {
                try {
                    call.get();
                } catch (InterruptedException | ExecutionException | RuntimeException e) {
                    LOG.debug("a late cluster safety check ended with", e);
                } finally {
                    stuckCalls.decrementAndGet();
                }
            });
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * ACTIVE takes everything; NO_MIGRATION and FROZEN still take writes (an operator's maintenance states: the node
     * is alive, though {@code /ready} may say its backups are missing); PASSIVE and IN_TRANSITION refuse them.
     */
    private static boolean acceptsWrites(String state) {
        return state.equals(ClusterState.ACTIVE.name()) || state.equals(ClusterState.NO_MIGRATION.name())
            || state.equals(ClusterState.FROZEN.name());
    }

    /** On a Hazelcast event thread: never block here, only mark the node unsettled and queue a check. */
    private void changed(String why) {
        synchronized (this) {
            changes.incrementAndGet();
            view = view.unsettled(why);
        }
        if (recheckQueued.compareAndSet(false, true)) {
            try {
                checker.execute(() -> {
                    recheckQueued.set(false);
                    refresh();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                recheckQueued.set(false); // closed: the node is stopping and reports not ready already
            }
        }
    }

    /** On the checker thread only: the one place that may block on Hazelcast. */
    private void refresh() {
        long before = changes.get();
        View next;
        try {
            if (!hazelcast.getLifecycleService().isRunning()) {
                next = new View(false, "UNKNOWN", 0, false, "Hazelcast member is not running");
            } else {
                String state = hazelcast.getCluster().getClusterState().name();
                int members = hazelcast.getCluster().getMembers().size();
                Boolean safe = clusterSafe();
                next = new View(true, state, members, Boolean.TRUE.equals(safe), safe == null
                    ? "the cluster's safety check did not answer within " + SAFETY_CALL_MS + " ms (a member just left?)"
                    : safe ? null : "some partitions are missing a backup or are migrating");
            }
        } catch (RuntimeException e) {
            // HazelcastInstanceNotActiveException and the like: the member is going away.
            LOG.debug("cluster health check failed", e);
            next = new View(false, "UNKNOWN", 0, false, "Hazelcast member is not answering: " + e.getMessage());
        }
        synchronized (this) {
            if (changes.get() != before && next.safe()) {
                // Something moved while we looked: the event already marked us unsettled and queued another check.
                return;
            }
            view = next;
        }
    }
}

package dev.curveball.durable;

import dev.curveball.room.RoomState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes rooms to the database, never failing its caller (Hazelcast's write-behind thread): each room's newest
 * state waits in {@code pending}, one entry per room whatever number of changes it had, until a write of it commits.
 * While the database is down nothing is lost from memory and nothing is retried in a loop: attempts back off
 * ({@link Backoff}) and everything pending lands on the first one that works. The queue is bounded by the number of
 * rooms, since a room has at most one pending write, and holds references to states already in memory, not copies.
 * Not thread-confined: Hazelcast's write-behind thread, the retry thread and a stopping node all drain.
 */
final class RoomWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RoomWriter.class);
    /** Rows per transaction: large enough to coalesce a busy second, small enough to keep transactions short. */
    static final int BATCH_ROWS = 100;

    /** One room's newest write; compared by identity, so a newer write of the same room is never mistaken for it. */
    private static final class Write {
        final RoomState state;

        Write(RoomState state) {
            this.state = state;
        }
    }

    private final Database database;
    private final FinishedRounds finished;
    private final RoundMaterials materials;
    private final LongSupplier clock;
    private final long expiryMs;
    private final long unjoinedExpiryMs;
    private final Map<String, Write> pending = new ConcurrentHashMap<>();
    private final Backoff backoff = new Backoff();
    private final ScheduledThreadPoolExecutor retries = StoreThreads.single("curveball-store-retry");
    /** One drain at a time; {@link #backoff} has its own lock, so reading the status never waits for a drain. */
    private final Object draining = new Object();
    private volatile String lastError = "";
    private final AtomicLong rowsWritten = new AtomicLong();

    RoomWriter(Database database, FinishedRounds finished, LongSupplier clock, long expiryMs, long unjoinedExpiryMs) {
        this.database = database;
        this.finished = finished;
        this.materials = new RoundMaterials(finished.roomsRemembered());
        this.clock = clock;
        this.expiryMs = expiryMs;
        this.unjoinedExpiryMs = unjoinedExpiryMs;
    }

    /** Queues the newest state of each room and writes everything queued, unless the database is backing off. */
    void put(Map<String, RoomState> rooms) {
        rooms.forEach((id, state) -> pending.put(id, new Write(state)));
        attempt();
    }

    void delete(Collection<String> ids) {
        ids.forEach(id -> pending.put(id, new Write(null)));
        attempt();
    }

    /** A room's write that has not landed yet: its newest state, or null when its deletion is what waits. */
    record Queued(RoomState state) {
    }

    /** The write waiting for a room, if any; when there is none, the database has the truth. */
    Optional<Queued> queued(String id) {
        Write write = pending.get(id);
        return write == null ? Optional.empty() : Optional.of(new Queued(write.state));
    }

    /** What {@code /ready} shows about the database; never waits for a write in progress. */
    StoreStatus status() {
        synchronized (backoff) {
            boolean failing = backoff.failures() > 0;
            return new StoreStatus(pending.size(), failing, failing ? clock.getAsLong() - backoff.failingSince() : 0,
                failing ? lastError : "", rowsWritten.get());
        }
    }

    /**
     * Writes until nothing is pending or {@code timeoutMs} passed, retrying as the backoff allows: what a graceful
     * shutdown does last. Answers how many rooms are still unwritten.
     */
    int flush(long timeoutMs) throws InterruptedException {
        long deadline = clock.getAsLong() + timeoutMs;
        while (!drain() && clock.getAsLong() < deadline) {
            long wait;
            synchronized (backoff) {
                wait = Math.min(backoff.nextAttemptAt(), deadline) - clock.getAsLong();
            }
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        return pending.size();
    }

    private void attempt() {
        synchronized (backoff) {
            if (backoff.tooEarly(clock.getAsLong())) {
                return;
            }
        }
        drain();
    }

    /** Writes everything pending, in batches; answers whether nothing is left. Only one drain runs at a time. */
    boolean drain() {
        synchronized (draining) {
            return drainAll();
        }
    }

    private boolean drainAll() {
        List<Map.Entry<String, Write>> batch = new ArrayList<>(BATCH_ROWS);
        for (Map.Entry<String, Write> entry : pending.entrySet()) {
            batch.add(Map.entry(entry.getKey(), entry.getValue()));
            if (batch.size() == BATCH_ROWS) {
                if (!write(batch)) {
                    return false;
                }
                batch.clear();
            }
        }
        if (!batch.isEmpty() && !write(batch)) {
            return false;
        }
        boolean recovered;
        synchronized (backoff) {
            recovered = backoff.succeeded();
        }
        if (recovered) {
            LOG.info("room store caught up: the database is reachable again and every queued room is written");
        }
        return pending.isEmpty();
    }

    /** One transaction: the rooms, and the finished rounds their states hold that are not archived yet. */
    private boolean write(List<Map.Entry<String, Write>> batch) {
        long now = clock.getAsLong();
        List<RoomRows.Row> rows = new ArrayList<>(batch.size());
        List<ArchiveRows.Row> archive = new ArrayList<>();
        List<RoundMaterials.Row> material = new ArrayList<>();
        for (Map.Entry<String, Write> entry : batch) {
            RoomState state = entry.getValue().state;
            rows.add(new RoomRows.Row(entry.getKey(), state));
            if (state != null) {
                archive.addAll(finished.toArchive(state, now));
                material.addAll(materials.toWrite(state));
            }
        }
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                MaterialRows.write(connection, database.dialect(), material);
                RoomRows.write(connection, database.dialect(), rows, now, expiryMs, unjoinedExpiryMs);
                ArchiveRows.write(connection, database.dialect(), archive);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            failed(e);
            return false;
        }
        finished.written(archive);
        materials.written(material);
        for (Map.Entry<String, Write> entry : batch) {
            pending.remove(entry.getKey(), entry.getValue());
            if (entry.getValue().state == null) {
                finished.forget(entry.getKey());
                materials.forget(entry.getKey());
            }
        }
        rowsWritten.addAndGet(rows.size());
        return true;
    }

    private void failed(Exception e) {
        long wait;
        synchronized (backoff) {
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            wait = backoff.failed(clock.getAsLong());
        }
        LOG.warn("room store is behind: {} rooms wait for the database ({}); next attempt in {} ms",
            pending.size(), lastError, wait);
        retries.schedule(this::retry, wait, TimeUnit.MILLISECONDS);
    }

    private void retry() {
        try {
            attempt();
        } catch (RuntimeException e) {
            LOG.error("room store retry failed unexpectedly", e);
        }
    }

    @Override
    public void close() {
        StoreThreads.stop(retries);
    }
}

package dev.curveball.durable;

import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import dev.curveball.config.Config;
import dev.curveball.room.RoomState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rooms that survive restarts: the database, the {@code rooms} map's write-behind store, the archive of finished
 * rounds, and the sweep that deletes what expired. One per node; {@link #close()} after Hazelcast has stopped.
 */
public final class DurableRooms implements RoundArchive, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DurableRooms.class);
    /** Entries per storeAll call; the writer groups them further into transactions of its own size. */
    static final int WRITE_BATCH_SIZE = RoomWriter.BATCH_ROWS;
    /** How often expired rooms and archived rounds past retention are deleted from the database. */
    static final long SWEEP_INTERVAL_MINUTES = 10;
    private static final long MINUTE_MS = 60_000;
    private static final long HOUR_MS = 60 * MINUTE_MS;
    private static final long DAY_MS = 24 * HOUR_MS;

    private final Database database;
    private final RoomWriter writer;
    private final RoomMapStore mapStore;
    private final LongSupplier clock;
    private final int writeDelaySeconds;
    private final boolean preload;
    private final long reportRetentionMs;
    private final ScheduledThreadPoolExecutor sweeper = StoreThreads.single("curveball-store-sweep");

    private DurableRooms(Database database, RoomWriter writer, LongSupplier clock, Config.Store store) {
        this.database = database;
        this.writer = writer;
        this.mapStore = new RoomMapStore(database, writer, clock, store.preload());
        this.clock = clock;
        this.writeDelaySeconds = store.writeDelaySeconds();
        this.preload = store.preload();
        this.reportRetentionMs = store.reportRetentionDays() * DAY_MS;
    }

    /** Connects to the database and migrates it; fails when it cannot be reached, leaving nothing open. */
    public static DurableRooms open(Config config, LongSupplier clock) {
        Config.Store store = config.store();
        Database database = Database.open(store);
        FinishedRounds finished = new FinishedRounds(store.reportRetentionDays() * DAY_MS, config.rooms().maxRooms());
        RoomWriter writer = new RoomWriter(database, finished, clock, config.rooms().expiryHours() * HOUR_MS,
            config.guard().unjoinedRoomExpiryMinutes() * MINUTE_MS);
        DurableRooms rooms = new DurableRooms(database, writer, clock, store);
        rooms.sweeper.scheduleWithFixedDelay(rooms::sweepLogged, 0, SWEEP_INTERVAL_MINUTES, TimeUnit.MINUTES);
        LOG.info("rooms are kept in {}", store.embedded()
            ? "the embedded database under " + Path.of(store.dataDir()).toAbsolutePath().normalize()
            : "the database at " + store.databaseUrl());
        return rooms;
    }

    /**
     * Puts the store behind the {@code rooms} map: writes {@code writeDelaySeconds} after a change, every change of a
     * room in between coalesced into one write. Rooms load lazily by key, unless {@code --store-preload} asks for
     * every room before the node is ready (what each costs for 10,000 rooms is in the README).
     */
    public void attachTo(MapConfig rooms) {
        rooms.setMapStoreConfig(new MapStoreConfig()
            .setEnabled(true)
            .setImplementation(mapStore)
            .setWriteDelaySeconds(writeDelaySeconds)
            .setWriteBatchSize(WRITE_BATCH_SIZE)
            .setWriteCoalescing(true)
            .setInitialLoadMode(preload ? MapStoreConfig.InitialLoadMode.EAGER
                : MapStoreConfig.InitialLoadMode.LAZY));
    }

    /**
     * Puts the store behind the {@code cohorts} map, written through. A cohort is kept as long as its rounds'
     * reports ({@code --report-retention-days} after its creation).
     */
    public void attachCohorts(MapConfig cohorts) {
        cohorts.setMapStoreConfig(new MapStoreConfig()
            .setEnabled(true)
            .setImplementation(new CohortMapStore(database, clock, reportRetentionMs))
            .setWriteDelaySeconds(0)
            .setInitialLoadMode(MapStoreConfig.InitialLoadMode.LAZY));
    }

    @Override
    public Optional<RoomState> find(String roomId, int round) {
        try (Connection connection = database.connection()) {
            return ArchiveRows.read(connection, roomId, round, clock.getAsLong());
        } catch (SQLException e) {
            throw new IllegalStateException("the round archive could not be read: " + e.getMessage(), e);
        }
    }

    public StoreStatus status() {
        return writer.status();
    }

    /**
     * Writes what is still queued, waiting up to {@code timeoutMs} for the database; answers how many rooms could not
     * be written. Call after Hazelcast flushed its own write-behind queue into this store.
     */
    public int flush(long timeoutMs) throws InterruptedException {
        return writer.flush(timeoutMs);
    }

    /** Deletes rooms past their expiry and archived rounds past retention; answers how many rows went. */
    int sweep() throws SQLException {
        long now = clock.getAsLong();
        try (Connection connection = database.connection()) {
            return RoomRows.deleteExpired(connection, now) + ArchiveRows.deleteExpired(connection, now)
                + CohortMapStore.deleteExpired(connection, now);
        }
    }

    private void sweepLogged() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                LOG.info("deleted {} expired rooms, archived rounds and cohorts from the database", deleted);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not delete expired rooms from the database: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        StoreThreads.stop(sweeper);
        writer.close();
        database.close();
    }
}

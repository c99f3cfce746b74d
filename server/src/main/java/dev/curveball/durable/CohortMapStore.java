package dev.curveball.durable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.hazelcast.map.MapStore;
import dev.curveball.cohort.Cohort;
import dev.curveball.protocol.Codec;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The {@code cohorts} map's store, written through: a cohort is created once and never changes, and its links are
 * handed out only after its row landed. Loaded by key when a board asks for a cohort the cluster no longer holds
 * (after a restart, or after it went idle), until its {@code keep_until}.
 */
final class CohortMapStore implements MapStore<String, Cohort> {
    private final Database database;
    private final LongSupplier clock;
    private final long keepMs;

    /** @param keepMs how long after its creation a cohort can still be read back */
    CohortMapStore(Database database, LongSupplier clock, long keepMs) {
        this.database = database;
        this.clock = clock;
        this.keepMs = keepMs;
    }

    @Override
    public void store(String id, Cohort cohort) {
        storeAll(Map.of(id, cohort));
    }

    @Override
    public void storeAll(Map<String, Cohort> cohorts) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO cohorts (id, state, created_at, keep_until) VALUES (?, ?, ?, ?)")) {
            for (Cohort cohort : cohorts.values()) {
                insert.setString(1, cohort.id());
                insert.setString(2, Codec.mapper().writeValueAsString(cohort));
                insert.setLong(3, cohort.createdAt());
                insert.setLong(4, cohort.createdAt() + keepMs);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("the cohort could not be written: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing removes a cohort from the map but its expiry; the database keeps it until the sweep. */
    @Override
    public void delete(String id) {
    }

    @Override
    public void deleteAll(Collection<String> ids) {
    }

    @Override
    public Cohort load(String id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                 "SELECT state FROM cohorts WHERE id = ? AND keep_until > ?")) {
            select.setString(1, id);
            select.setLong(2, clock.getAsLong());
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Codec.mapper().readValue(result.getString(1), Cohort.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cohort " + id + " could not be read: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Cohort> loadAll(Collection<String> ids) {
        Map<String, Cohort> cohorts = new HashMap<>();
        for (String id : ids) {
            Cohort cohort = load(id);
            if (cohort != null) {
                cohorts.put(id, cohort);
            }
        }
        return cohorts;
    }

    /** Null: a cohort is read when its board asks, never before. */
    @Override
    public Iterable<String> loadAllKeys() {
        return null;
    }

    static int deleteExpired(Connection connection, long now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cohorts WHERE keep_until <= ?")) {
            delete.setLong(1, now);
            return delete.executeUpdate();
        }
    }
}

package dev.curveball.durable;

import dev.curveball.room.RoomState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code rooms} table: one row per room, its state as JSON (without the event log), when it last changed and when
 * it expires.
 */
final class RoomRows {
    private RoomRows() {
    }

    /** A room to write, or a room to delete ({@code state} null). */
    record Row(String id, RoomState state) {
    }

    /**
     * Writes (or deletes) every row in one statement batch; the caller commits. A room nobody has joined yet expires
     * {@code unjoinedExpiryMs} after the write, as it does in memory; any other {@code expiryMs} after it.
     */
    static void write(Connection connection, Dialect dialect, List<Row> rows, long now, long expiryMs,
                      long unjoinedExpiryMs) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsertRoom);
             PreparedStatement delete = connection.prepareStatement("DELETE FROM rooms WHERE id = ?")) {
            boolean upserts = false;
            boolean deletes = false;
            for (Row row : rows) {
                if (row.state() == null) {
                    delete.setString(1, row.id());
                    delete.addBatch();
                    deletes = true;
                } else {
                    upsert.setString(1, row.id());
                    // Without the event log and without its rounds' material, which MaterialRows keeps.
                    upsert.setString(2, RoomJson.write(RoundMaterials.without(row.state())));
                    upsert.setLong(3, now);
                    upsert.setLong(4, now + (row.state().participants().isEmpty() ? unjoinedExpiryMs : expiryMs));
                    upsert.addBatch();
                    upserts = true;
                }
            }
            if (upserts) {
                upsert.executeBatch();
            }
            if (deletes) {
                delete.executeBatch();
                MaterialRows.delete(connection, rows.stream().filter(r -> r.state() == null).map(Row::id).toList());
            }
        }
    }

    /** The room as last written, unless it expired. */
    static Optional<RoomState> read(Connection connection, String id, long now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT state FROM rooms WHERE id = ? AND expires_at > ?")) {
            select.setString(1, id);
            select.setLong(2, now);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                RoomState bare = RoomJson.read(result.getString(1));
                return Optional.of(RoundMaterials.with(bare, MaterialRows.read(connection, id)));
            }
        }
    }

    /** Every room that has not expired, by id. */
    static List<String> ids(Connection connection, long now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM rooms WHERE expires_at > ?")) {
            select.setLong(1, now);
            try (ResultSet result = select.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (result.next()) {
                    ids.add(result.getString(1));
                }
                return ids;
            }
        }
    }

    /** Deletes the rooms nobody changed for the expiry time; answers how many. */
    static int deleteExpired(Connection connection, long now) throws SQLException {
        MaterialRows.deleteExpired(connection, now);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rooms WHERE expires_at <= ?")) {
            delete.setLong(1, now);
            return delete.executeUpdate();
        }
    }
}

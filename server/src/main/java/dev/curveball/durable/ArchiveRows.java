package dev.curveball.durable;

import dev.curveball.room.RoomState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code round_archive} table: a finished round's report material, kept after its room until a deadline. */
final class ArchiveRows {
    private ArchiveRows() {
    }

    /** @param state the room once the round had ended, which the report is built from */
    record Row(String roomId, int round, RoomState state, long endedAt, long keepUntil) {
    }

    static void write(Connection connection, Dialect dialect, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsertArchivedRound)) {
            for (Row row : rows) {
                upsert.setString(1, row.roomId());
                upsert.setInt(2, row.round());
                upsert.setString(3, RoomJson.write(row.state()));
                upsert.setLong(4, row.endedAt());
                upsert.setLong(5, row.keepUntil());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    static Optional<RoomState> read(Connection connection, String roomId, int round, long now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT state FROM round_archive WHERE room_id = ? AND round_number = ? AND keep_until > ?")) {
            select.setString(1, roomId);
            select.setInt(2, round);
            select.setLong(3, now);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(RoomJson.read(result.getString(1))) : Optional.empty();
            }
        }
    }

    static int deleteExpired(Connection connection, long now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM round_archive WHERE keep_until <= ?")) {
            delete.setLong(1, now);
            return delete.executeUpdate();
        }
    }
}

package dev.curveball.durable;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.curveball.protocol.Codec;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code round_material} table: each round's prompt, deck, clarifications and guide, as JSON. */
final class MaterialRows {
    private MaterialRows() {
    }

    static void write(Connection connection, Dialect dialect, List<RoundMaterials.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsertMaterial)) {
            for (RoundMaterials.Row row : rows) {
                upsert.setString(1, row.roomId());
                upsert.setInt(2, row.round());
                upsert.setString(3, Codec.mapper().writeValueAsString(row.material()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every round's material of a room, by round number. */
    static Map<Integer, RoundMaterials.Material> read(Connection connection, String roomId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT round_number, material FROM round_material WHERE room_id = ?")) {
            select.setString(1, roomId);
            try (ResultSet result = select.executeQuery()) {
                Map<Integer, RoundMaterials.Material> materials = new HashMap<>();
                while (result.next()) {
                    materials.put(result.getInt(1),
                        Codec.mapper().readValue(result.getString(2), RoundMaterials.Material.class));
                }
                return materials;
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Connection connection, List<String> roomIds) throws SQLException {
        if (roomIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM round_material WHERE room_id = ?")) {
            for (String id : roomIds) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** The material of rooms that expired; run before the rooms' own rows go. */
    static int deleteExpired(Connection connection, long now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM round_material WHERE room_id IN (SELECT id FROM rooms WHERE expires_at <= ?)")) {
            delete.setLong(1, now);
            return delete.executeUpdate();
        }
    }
}

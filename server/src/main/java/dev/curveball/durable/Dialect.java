package dev.curveball.durable;

/** The few statements whose spelling differs between the databases the store runs on: the upserts. */
enum Dialect {
    H2(
        "MERGE INTO rooms (id, state, updated_at, expires_at) KEY (id) VALUES (?, ?, ?, ?)",
        "MERGE INTO round_archive (room_id, round_number, state, ended_at, keep_until) KEY (room_id, round_number)"
            + " VALUES (?, ?, ?, ?, ?)",
        "MERGE INTO round_material (room_id, round_number, material) KEY (room_id, round_number) VALUES (?, ?, ?)"),
    POSTGRESQL(
        "INSERT INTO rooms (id, state, updated_at, expires_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at,"
            + " expires_at = EXCLUDED.expires_at",
        "INSERT INTO round_archive (room_id, round_number, state, ended_at, keep_until) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (room_id, round_number) DO UPDATE SET state = EXCLUDED.state,"
            + " ended_at = EXCLUDED.ended_at, keep_until = EXCLUDED.keep_until",
        "INSERT INTO round_material (room_id, round_number, material) VALUES (?, ?, ?)"
            + " ON CONFLICT (room_id, round_number) DO UPDATE SET material = EXCLUDED.material");

    /** Parameters: id, state, updated_at, expires_at. */
    final String upsertRoom;
    /** Parameters: room_id, round_number, state, ended_at, keep_until. */
    final String upsertArchivedRound;
    /** Parameters: room_id, round_number, material. */
    final String upsertMaterial;

    Dialect(String upsertRoom, String upsertArchivedRound, String upsertMaterial) {
        this.upsertRoom = upsertRoom;
        this.upsertArchivedRound = upsertArchivedRound;
        this.upsertMaterial = upsertMaterial;
    }

    /** The dialect of a JDBC URL; the store knows H2 (embedded) and PostgreSQL (shared) only. */
    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("the room store runs on H2 (the default) or PostgreSQL"
            + " (jdbc:postgresql://…), not " + jdbcUrl.substring(0, Math.min(jdbcUrl.length(), 40)));
    }
}

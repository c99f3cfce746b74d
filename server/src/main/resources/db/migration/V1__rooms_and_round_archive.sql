-- One row per room: its whole state as JSON (the codec the wire and Hazelcast use), written behind the changes.
-- Times are epoch milliseconds, the unit the room state itself uses, so H2 and PostgreSQL agree on them.
CREATE TABLE rooms (
    id         VARCHAR(64) PRIMARY KEY,
    state      TEXT        NOT NULL,
    updated_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX rooms_expires_at ON rooms (expires_at);

-- A finished round's report material, kept after its room expires, until keep_until.
-- state is the room as it was once the round had ended: reports are built from it exactly as from a live room.
CREATE TABLE round_archive (
    room_id      VARCHAR(64) NOT NULL,
    round_number INT         NOT NULL,
    state        TEXT        NOT NULL,
    ended_at     BIGINT      NOT NULL,
    keep_until   BIGINT      NOT NULL,
    PRIMARY KEY (room_id, round_number)
);
CREATE INDEX round_archive_keep_until ON round_archive (keep_until);

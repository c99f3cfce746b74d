-- A round's prompt, deck, clarifications and guide: most of a room's bytes, and they change only when a card is
-- played, a fact revealed or a scope point ticked. They are written here when they change, and the room's row
-- carries its rounds without them. A room row written before this table existed still holds them itself.
CREATE TABLE round_material (
    room_id      VARCHAR(64) NOT NULL,
    round_number INT         NOT NULL,
    material     TEXT        NOT NULL,
    PRIMARY KEY (room_id, round_number)
);

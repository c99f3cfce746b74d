package dev.curveball.room;

import dev.curveball.protocol.Role;

/** Who held a seat in a round, kept with the round so its report still names them after seats move on. */
public record Seat(String id, String name) {

    static Seat of(RoomState state, Role role) {
        return state.participants().stream()
            .filter(p -> p.role() == role)
            .findFirst()
            .map(p -> new Seat(p.id(), p.name()))
            .orElse(null);
    }
}

package dev.curveball.room;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;

/** What the creator asks for when opening a room. */
public record RoomSpec(String title, Mode mode, Role creatorSeat, Prompt prompt, long durationMs) {
}

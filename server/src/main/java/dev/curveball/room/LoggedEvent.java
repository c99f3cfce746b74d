package dev.curveball.room;

import dev.curveball.protocol.RoomEvent;

/** One event in a room's ordered stream: its number, when it happened, and who may see it. */
public record LoggedEvent(long seq, long at, Audience audience, RoomEvent event) {
}

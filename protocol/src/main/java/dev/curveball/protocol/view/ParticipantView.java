package dev.curveball.protocol.view;

import dev.curveball.protocol.Role;

/** A participant as everyone in the room sees them. */
public record ParticipantView(String id, String name, Role role, boolean host, boolean online) {
}

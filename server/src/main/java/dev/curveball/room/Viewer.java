package dev.curveball.room;

import dev.curveball.protocol.Role;

/** Who is looking: the participant behind a socket, with their current seat and capability. */
public record Viewer(String participantId, Role role, boolean host) {

    public Viewer seated(Role newRole) {
        return new Viewer(participantId, newRole, host);
    }
}

package dev.curveball.room;

import dev.curveball.protocol.Role;
import dev.curveball.protocol.view.ParticipantView;
import java.util.ArrayList;
import java.util.List;

/**
 * A person in the room. Their seat ({@code role}) belongs to the room state so that later rounds can swap and rotate
 * it; {@code host} is the capability they entered with.
 *
 * @param connections ids of the sockets currently open for this participant ("node/socket"); online while non-empty
 * @param secretHash  hash of the resume secret handed out in {@code welcome}
 */
public record Participant(
    String id, String name, Role role, boolean host, List<String> connections, String secretHash) {

    public Participant {
        connections = List.copyOf(connections);
    }

    public boolean online() {
        return !connections.isEmpty();
    }

    public Participant connect(String connection) {
        if (connections.contains(connection)) {
            return this;
        }
        List<String> more = new ArrayList<>(connections);
        more.add(connection);
        return new Participant(id, name, role, host, more, secretHash);
    }

    public Participant disconnect(String connection) {
        List<String> fewer = new ArrayList<>(connections);
        fewer.remove(connection);
        return new Participant(id, name, role, host, fewer, secretHash);
    }

    public ParticipantView view() {
        return new ParticipantView(id, name, role, host, online());
    }

    Participant withSecret(String newSecretHash) {
        return new Participant(id, name, role, host, connections, newSecretHash);
    }

    Participant seated(Role newRole) {
        return new Participant(id, name, newRole, host, connections, secretHash);
    }
}

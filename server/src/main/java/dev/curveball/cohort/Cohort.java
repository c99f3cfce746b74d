package dev.curveball.cohort;

import java.util.List;

/**
 * One organizer's set of rooms, as Hazelcast keeps it: the roster lives in the rooms themselves (each member is a
 * participant with a personal link), so the cohort only needs to know its rooms and its organizer.
 *
 * @param organizerTokenHash the hash of the organizer's link; the link itself is shown once, at creation
 * @param rooms              each room and the participant the organizer acts as in it
 */
public record Cohort(String id, String title, String organizerTokenHash, long createdAt, List<Room> rooms) {
    public Cohort {
        rooms = List.copyOf(rooms);
    }

    /** A room of the cohort; {@code organizer} is the organizer's participant in it (an observer and the host). */
    public record Room(String room, String organizer) {
    }

    public List<String> roomIds() {
        return rooms.stream().map(Room::room).toList();
    }
}

package dev.curveball.room;

/**
 * Limits a room enforces on itself, fixed when the room is created so that every member applying its commands
 * (the partition owner and its backups) uses the same numbers.
 *
 * @param maxParticipants participants (online or not) the room accepts
 * @param eventLogSize    recent events kept for catch-up; older ones are answered with a snapshot
 */
public record RoomLimits(int maxParticipants, int eventLogSize) {
    public RoomLimits {
        if (maxParticipants < 2 || eventLogSize < 1) {
            throw new IllegalArgumentException("a room needs at least 2 participants and 1 logged event");
        }
    }
}

package dev.curveball.room;

/**
 * Limits a room enforces on itself, fixed when the room is created so that every member applying its commands
 * (the partition owner and its backups) uses the same numbers.
 *
 * @param maxParticipants participants (online or not) the room accepts
 * @param eventLogSize    recent events kept for catch-up; older ones are answered with a snapshot
 * @param maxNotesChars   longest a notes document may grow, in UTF-16 code units
 * @param notesHistory    operations kept per document for transforming late edits; older bases must resync
 */
public record RoomLimits(int maxParticipants, int eventLogSize, int maxNotesChars, int notesHistory) {
    public RoomLimits {
        if (maxParticipants < 2 || eventLogSize < 1 || maxNotesChars < 1 || notesHistory < 1) {
            throw new IllegalArgumentException("a room needs at least 2 participants and room for its events and notes");
        }
    }
}

package dev.curveball.room;

/**
 * Limits a room enforces on itself, fixed when the room is created so that every member applying its commands
 * (the partition owner and its backups) uses the same numbers.
 *
 * @param maxParticipants participants (online or not) the room accepts
 * @param eventLogSize    recent events kept for catch-up; older ones are answered with a snapshot
 * @param maxNotesChars   longest a notes document may grow, in UTF-16 code units
 * @param notesHistory    operations kept per document for transforming late edits; older bases must resync
 * @param maxDeckCards    cards a round's deck may hold, its own and imported ones included
 * @param maxCardChars    longest a card's or clarification's text, guidance, or a scorecard's evidence may be
 * @param maxRounds       rounds one room runs; a study group that needs more opens a new room
 * @param maxTitleLength  longest title of a card written in the room, in characters
 */
public record RoomLimits(int maxParticipants, int eventLogSize, int maxNotesChars, int notesHistory,
                         int maxDeckCards, int maxCardChars, int maxRounds, int maxTitleLength) {
    public RoomLimits {
        if (maxParticipants < 2 || eventLogSize < 1 || maxNotesChars < 1 || notesHistory < 1 || maxDeckCards < 1
            || maxCardChars < 1 || maxRounds < 1 || maxTitleLength < 1) {
            throw new IllegalArgumentException("a room needs at least 2 participants and room for its events, notes, "
                + "cards and rounds");
        }
    }
}

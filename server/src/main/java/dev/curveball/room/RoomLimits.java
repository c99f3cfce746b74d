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
 * @param maxAssumptions  assumptions one round's log may hold, withdrawn ones included; a room stored before the
 *                        limit existed has none, and takes {@link #DEFAULT_MAX_ASSUMPTIONS}
 */
public record RoomLimits(int maxParticipants, int eventLogSize, int maxNotesChars, int notesHistory,
                         int maxDeckCards, int maxCardChars, int maxRounds, int maxTitleLength,
                         Integer maxAssumptions) {
    /** The limit of a room stored before the assumption log existed. */
    public static final int DEFAULT_MAX_ASSUMPTIONS = 40;

    public RoomLimits {
        if (maxAssumptions == null) {
            maxAssumptions = DEFAULT_MAX_ASSUMPTIONS;
        }
        if (maxParticipants < 2 || eventLogSize < 1 || maxNotesChars < 1 || notesHistory < 1 || maxDeckCards < 1
            || maxCardChars < 1 || maxRounds < 1 || maxTitleLength < 1 || maxAssumptions < 1) {
            throw new IllegalArgumentException("a room needs at least 2 participants and room for its events, notes, "
                + "cards, rounds and assumptions");
        }
    }

    public RoomLimits(int maxParticipants, int eventLogSize, int maxNotesChars, int notesHistory, int maxDeckCards,
                      int maxCardChars, int maxRounds, int maxTitleLength) {
        this(maxParticipants, eventLogSize, maxNotesChars, notesHistory, maxDeckCards, maxCardChars, maxRounds,
            maxTitleLength, DEFAULT_MAX_ASSUMPTIONS);
    }
}

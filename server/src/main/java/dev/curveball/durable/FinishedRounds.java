package dev.curveball.durable;

import dev.curveball.protocol.view.Stage;
import dev.curveball.room.RoomState;
import dev.curveball.room.Round;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which finished rounds a room's write must archive: each round once it is done, and again if it changes after
 * that (a scorecard or feedback shared after the end). Remembers what it archived for the most recently written
 * rooms only; forgetting a room costs one harmless rewrite of its finished rounds, never a missed one.
 */
final class FinishedRounds {
    private final long retentionMs;
    private final Map<String, Map<Integer, Round>> archived;
    private final int roomsRemembered;

    FinishedRounds(long retentionMs, int roomsRemembered) {
        this.retentionMs = retentionMs;
        this.roomsRemembered = roomsRemembered;
        this.archived = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<Integer, Round>> eldest) {
                return size() > roomsRemembered;
            }
        };
    }

    /** How many rooms' finished rounds it remembers (the cluster's room limit). */
    int roomsRemembered() {
        return roomsRemembered;
    }

    /** The archive rows a write of {@code state} must add, in the same transaction. */
    synchronized List<ArchiveRows.Row> toArchive(RoomState state, long now) {
        Map<Integer, Round> known = archived.getOrDefault(state.id(), Map.of());
        List<ArchiveRows.Row> rows = new ArrayList<>();
        RoomState material = null;
        List<Round> rounds = new ArrayList<>(state.history());
        rounds.add(state.round());
        for (Round round : rounds) {
            if (round.stage() != Stage.DONE || known.get(round.number()) == round) {
                continue;
            }
            if (material == null) {
                material = RoomJson.withoutLog(state);
            }
            long endedAt = round.endedAt() == null ? now : round.endedAt();
            rows.add(new ArchiveRows.Row(state.id(), round.number(), material, endedAt, endedAt + retentionMs));
        }
        return rows;
    }

    /** Records rows as written, once their transaction committed. */
    synchronized void written(List<ArchiveRows.Row> rows) {
        for (ArchiveRows.Row row : rows) {
            row.state().round(row.round()).ifPresent(round ->
                archived.computeIfAbsent(row.roomId(), id -> new HashMap<>()).put(row.round(), round));
        }
    }

    synchronized void forget(String roomId) {
        archived.remove(roomId);
    }
}

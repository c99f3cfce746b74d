package dev.curveball.durable;

import dev.curveball.room.Card;
import dev.curveball.room.Clarification;
import dev.curveball.room.Prompt;
import dev.curveball.room.RoomState;
import dev.curveball.room.Round;
import dev.curveball.room.RoundGuide;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rounds' material a room's write must carry: a round's prompt, deck, clarifications and guide are written
 * when they change (they are replaced, never edited, so identity tells), and the room's own row leaves them out.
 * Remembers the most recently written rooms only; forgetting one costs a harmless rewrite, never a missed one.
 */
final class RoundMaterials {
    /** What of a round is written apart from its room. */
    record Material(Prompt prompt, List<Card> deck, List<Clarification> clarifications, RoundGuide guide) {
        static Material of(Round round) {
            return new Material(round.prompt(), round.deck(), round.clarifications(), round.guide());
        }

        boolean sameAs(Material other) {
            return other != null && prompt == other.prompt && deck == other.deck
                && clarifications == other.clarifications && guide == other.guide;
        }
    }

    /** A round's material to write. */
    record Row(String roomId, int round, Material material) {
    }

    private final Map<String, Map<Integer, Material>> written;

    RoundMaterials(int roomsRemembered) {
        this.written = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<Integer, Material>> eldest) {
                return size() > roomsRemembered;
            }
        };
    }

    /** The material rows a write of {@code state} must add, in the same transaction as the room's row. */
    synchronized List<Row> toWrite(RoomState state) {
        Map<Integer, Material> known = written.getOrDefault(state.id(), Map.of());
        List<Row> rows = new ArrayList<>();
        for (Round round : rounds(state)) {
            Material material = Material.of(round);
            if (!material.sameAs(known.get(round.number()))) {
                rows.add(new Row(state.id(), round.number(), material));
            }
        }
        return rows;
    }

    /** Records rows as written, once their transaction committed. */
    synchronized void written(List<Row> rows) {
        for (Row row : rows) {
            written.computeIfAbsent(row.roomId(), id -> new HashMap<>()).put(row.round(), row.material());
        }
    }

    synchronized void forget(String roomId) {
        written.remove(roomId);
    }

    /** The room's rounds without their material, as its row holds them. */
    static RoomState without(RoomState state) {
        List<Round> history = state.history().stream().map(RoundMaterials::bare).toList();
        return new RoomState(state.id(), state.title(), state.mode(), state.creatorSeat(), state.seq(),
            state.participants(), bare(state.round()), history, state.timer(), state.notes(), state.settings(),
            state.rubric(), state.access(), state.limits(), List.of());
    }

    /** The room with each round's material put back; a round without a material row keeps what its row held. */
    static RoomState with(RoomState bare, Map<Integer, Material> materials) {
        if (materials.isEmpty()) {
            return bare;
        }
        List<Round> history = bare.history().stream().map(r -> dressed(r, materials.get(r.number()))).toList();
        return new RoomState(bare.id(), bare.title(), bare.mode(), bare.creatorSeat(), bare.seq(),
            bare.participants(), dressed(bare.round(), materials.get(bare.round().number())), history, bare.timer(),
            bare.notes(), bare.settings(), bare.rubric(), bare.access(), bare.limits(), bare.log());
    }

    private static List<Round> rounds(RoomState state) {
        List<Round> rounds = new ArrayList<>(state.history());
        rounds.add(state.round());
        return rounds;
    }

    private static Round bare(Round r) {
        return new Round(r.number(), r.stage(), r.promptId(), null, List.of(), List.of(), r.timeline(), r.phaseLog(),
            r.scorecard(), r.feedback(), r.interviewer(), r.candidate(), r.startedAt(), r.endedAt(), r.notes(), null,
            r.assumptions());
    }

    private static Round dressed(Round r, Material m) {
        if (m == null) {
            return r;
        }
        return new Round(r.number(), r.stage(), r.promptId(), m.prompt(), m.deck(), m.clarifications(), r.timeline(),
            r.phaseLog(), r.scorecard(), r.feedback(), r.interviewer(), r.candidate(), r.startedAt(), r.endedAt(),
            r.notes(), m.guide(), r.assumptions());
    }
}

package dev.curveball.transport;

import dev.curveball.catalog.CatalogRounds;
import dev.curveball.config.Config;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.ProtocolException;
import dev.curveball.protocol.RoundMessages;
import dev.curveball.room.Command;
import dev.curveball.room.Phase;
import dev.curveball.room.RoomState;
import dev.curveball.room.Rotation;
import dev.curveball.room.RoundMaterial;
import dev.curveball.store.RoomStore;
import io.vertx.core.Future;
import java.util.Set;

/**
 * Prepares {@code round.next} at the edge, where randomness is allowed: draws the chosen catalog prompt, or picks
 * one nobody in the room has played yet (at least one the next candidate has not had). The room checks the pick
 * again when it applies the command, so two concurrent requests cannot slip a repeat past it.
 */
public final class NextRounds {
    private final CatalogRounds rounds;
    private final Config config;
    private final RoomStore store;

    NextRounds(CatalogRounds rounds, Config config, RoomStore store) {
        this.rounds = rounds;
        this.config = config;
        this.store = store;
    }

    public Future<Command> prepare(String roomId, String by, RoundMessages.RoundNext next) {
        if (next.promptId() != null && next.prompt() != null) {
            return refuse(next, "choose the next prompt with promptId or prompt, not both");
        }
        return store.read(roomId).compose(found -> {
            var state = found.orElseThrow(() -> new IllegalStateException("room " + roomId + " is gone"));
            return prepare(state, by, next, lengthOf(state));
        });
    }

    /**
     * The room's length in whole minutes: its current phase plan's total, so a 60-minute room stays one round after
     * round (a catalog prompt brings its plan nearest that length), and the configured default before any plan.
     */
    private int lengthOf(RoomState state) {
        long totalMs = state.timer() == null ? 0
            : state.timer().phases().stream().mapToLong(Phase::durationMs).sum();
        return totalMs <= 0 ? config.rooms().defaultDurationMinutes() : (int) Math.round(totalMs / 60_000.0);
    }

    private Future<Command> prepare(RoomState state, String by, RoundMessages.RoundNext next, int minutes) {
        if (next.promptId() != null) {
            return rounds.drawn(next.promptId(), minutes)
                .<Future<Command>>map(material -> Future.succeededFuture(new Command.NextRound(by, material, false)))
                .orElseGet(() -> refuse(next, "promptId: no catalog prompt is called \"" + next.promptId() + "\""));
        }
        if (next.prompt() != null) {
            String title = next.prompt().title() == null ? "" : next.prompt().title().strip();
            String text = next.prompt().text() == null ? "" : next.prompt().text();
            if (title.isEmpty() || title.length() > config.limits().maxTitleLength()) {
                return refuse(next, "prompt.title: 1 to " + config.limits().maxTitleLength()
                    + " characters");
            }
            if (text.length() > config.limits().maxPromptChars()) {
                return refuse(next, "prompt.text: at most " + config.limits().maxPromptChars()
                    + " characters");
            }
            return Future.succeededFuture(
                new Command.NextRound(by, CatalogRounds.written(title, text, minutes), false));
        }
        // Anyone who interviewed on a prompt knows its cards, so prefer one nobody here has played; failing that,
        // one the next candidate has not had (the room enforces that much).
        Set<String> used = state.promptsUsed();
        Set<String> had = state.promptsHadBy(Rotation.next(state).candidate());
        Set<String> avoid = rounds.exhausted(used) ? had : used;
        RoundMaterial material = rounds.surprise(avoid, minutes)
            .orElse(CatalogRounds.written("Untitled prompt", "", minutes));
        return Future.succeededFuture(new Command.NextRound(by, material, !rounds.exhausted(had)));
    }

    private static Future<Command> refuse(RoundMessages.RoundNext next, String message) {
        return Future.failedFuture(new ProtocolException(ErrorCode.BAD_MESSAGE, message, next.id()));
    }
}

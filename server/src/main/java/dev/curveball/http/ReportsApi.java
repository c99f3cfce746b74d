package dev.curveball.http;

import dev.curveball.access.Secrets;
import dev.curveball.durable.RoundArchive;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.Participant;
import dev.curveball.room.ReportRubric;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoundReport;
import dev.curveball.store.RoomStore;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/rooms/:room/rounds/:round/report.md}: a round's Markdown report, for a participant who proves who
 * they are with their resume secret ({@code Authorization: Bearer <secret>}). What they may read is decided by
 * {@link RoundReport}, from the room state, like everything else a participant sees. A finished round outlives its
 * room in the {@link RoundArchive} until the report retention ends.
 */
final class ReportsApi {
    private static final Logger LOG = LoggerFactory.getLogger(ReportsApi.class);
    private static final String BEARER = "bearer ";

    private final RoomStore store;
    private final RoundArchive archive;
    private final ReportRubric rubric;

    /**
     * @param archive finished rounds kept after their room expired
     * @param rubric  the catalog rubric's partial-credit rule and verdict table, shown next to the scorecard
     */
    ReportsApi(RoomStore store, RoundArchive archive, ReportRubric rubric) {
        this.store = store;
        this.archive = archive;
        this.rubric = rubric;
    }

    void report(RoutingContext ctx) {
        String roomId = ctx.pathParam("room");
        String roundParam = ctx.pathParam("round");
        if (!Secrets.looksLikeRoomId(roomId)) {
            HttpErrors.send(ctx, 404, ErrorCode.UNKNOWN_ROOM, "no room has this id");
            return;
        }
        Optional<String> secret = bearer(ctx.request().getHeader("Authorization"));
        if (secret.isEmpty()) {
            HttpErrors.send(ctx, 401, ErrorCode.BAD_TOKEN,
                "send your resume secret as the header \"Authorization: Bearer <secret>\"");
            return;
        }
        Optional<Integer> round = number(roundParam);
        store.read(roomId).onComplete(read -> {
            if (read.failed()) {
                LOG.warn("could not read room {} for a report", roomId, read.cause());
                HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "the room could not be read; try again");
                return;
            }
            if (read.result().isPresent()) {
                answer(ctx, read.result().get(), round, roundParam, secret.get());
                return;
            }
            if (round.isEmpty()) {
                HttpErrors.send(ctx, 404, ErrorCode.UNKNOWN_ROOM, "no room has this id");
                return;
            }
            // The room expired (or never was): a finished round of it may still be kept in the archive.
            ctx.vertx().executeBlocking(() -> archive.find(roomId, round.get())).onComplete(archived -> {
                if (archived.failed()) {
                    LOG.warn("could not read the round archive of room {}", roomId, archived.cause());
                    HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "the report could not be read; try again");
                } else if (archived.result().isEmpty()) {
                    HttpErrors.send(ctx, 404, ErrorCode.UNKNOWN_ROOM, "no room has this id");
                } else {
                    answer(ctx, archived.result().get(), round, roundParam, secret.get());
                }
            });
        });
    }

    private void answer(RoutingContext ctx, RoomState state, Optional<Integer> round, String roundParam,
                        String secret) {
        Optional<Participant> caller = state.participantWithSecret(Secrets.hash(secret));
        if (caller.isEmpty()) {
            HttpErrors.send(ctx, 401, ErrorCode.BAD_TOKEN, "this secret is not one of this room's");
            return;
        }
        Optional<String> report = round.flatMap(n -> RoundReport.markdown(state, n, caller.get().id(), rubric));
        if (report.isEmpty()) {
            boolean exists = round.flatMap(state::round).isPresent();
            HttpErrors.send(ctx, 404, exists ? ErrorCode.INVALID_STATE : ErrorCode.BAD_MESSAGE, exists
                ? "round " + roundParam + " has not started; its report exists once it does"
                : "this room has no round " + roundParam);
            return;
        }
        ctx.response()
            .putHeader("Content-Type", "text/markdown; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"curveball-round-" + round.get() + ".md\"")
            .putHeader("Cache-Control", "no-store")
            .end(report.get());
    }

    /** The secret of an {@code Authorization: Bearer <secret>} header. */
    static Optional<String> bearer(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return Optional.empty();
        }
        String secret = header.substring(BEARER.length()).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package dev.curveball.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.curveball.access.Secrets;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.view.RoomSnapshot;
import dev.curveball.room.Participant;
import dev.curveball.room.ReportRubric;
import dev.curveball.room.Redaction;
import dev.curveball.room.RoomState;
import dev.curveball.room.Round;
import dev.curveball.room.RoundReport;
import dev.curveball.room.Viewer;
import dev.curveball.store.RoomStore;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/rooms/:room/export}: the whole room as JSON for its host, who proves it with their resume secret
 * ({@code Authorization: Bearer <secret>}), so they can keep their own copy. It holds the room exactly as the host
 * sees it (the same redaction as their welcome: a host in the candidate's seat still gets no unplayed card) and the
 * report of every round that started, as the host may read it. No token, secret or hash is in it.
 */
final class ExportApi {
    private static final Logger LOG = LoggerFactory.getLogger(ExportApi.class);
    /** Names the document, so a file found later says what it is. */
    static final String FORMAT = "curveball-room-export";
    static final int VERSION = 1;

    /** @param reports every started round's report, by round number */
    record Export(String format, int version, long exportedAt, RoomSnapshot room, Map<Integer, String> reports) {
    }

    private final RoomStore store;
    private final ReportRubric rubric;
    private final LongSupplier clock;

    ExportApi(RoomStore store, ReportRubric rubric, LongSupplier clock) {
        this.store = store;
        this.rubric = rubric;
        this.clock = clock;
    }

    void export(RoutingContext ctx) {
        String roomId = ctx.pathParam("room");
        if (!Secrets.looksLikeRoomId(roomId)) {
            HttpErrors.send(ctx, 404, ErrorCode.UNKNOWN_ROOM, "no room has this id");
            return;
        }
        Optional<String> secret = ReportsApi.bearer(ctx.request().getHeader("Authorization"));
        if (secret.isEmpty()) {
            HttpErrors.send(ctx, 401, ErrorCode.BAD_TOKEN,
                "send the host's resume secret as the header \"Authorization: Bearer <secret>\"");
            return;
        }
        store.read(roomId).onComplete(read -> {
            if (read.failed()) {
                LOG.warn("could not read room {} for an export", roomId, read.cause());
                HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "the room could not be read; try again");
                return;
            }
            if (read.result().isEmpty()) {
                HttpErrors.send(ctx, 404, ErrorCode.UNKNOWN_ROOM, "no room has this id");
                return;
            }
            RoomState state = read.result().get();
            Optional<Participant> caller = state.participantWithSecret(Secrets.hash(secret.get()));
            if (caller.isEmpty()) {
                HttpErrors.send(ctx, 401, ErrorCode.BAD_TOKEN, "this secret is not one of this room's");
                return;
            }
            if (!caller.get().host()) {
                HttpErrors.send(ctx, 403, ErrorCode.FORBIDDEN, "only the room's host exports it");
                return;
            }
            String json;
            try {
                json = Codec.mapper().writeValueAsString(export(state, caller.get()));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
                return;
            }
            ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Content-Disposition", "attachment; filename=\"curveball-room-" + roomId + ".json\"")
                .putHeader("Cache-Control", "no-store")
                .end(json);
        });
    }

    private Export export(RoomState state, Participant host) {
        Viewer viewer = new Viewer(host.id(), host.role(), true);
        Map<Integer, String> reports = new LinkedHashMap<>();
        Stream.concat(state.history().stream(), Stream.of(state.round())).map(Round::number).forEach(n ->
            RoundReport.markdown(state, n, host.id(), rubric).ifPresent(md -> reports.put(n, md)));
        return new Export(FORMAT, VERSION, clock.getAsLong(), Redaction.snapshot(state, viewer), reports);
    }
}

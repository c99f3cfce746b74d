package dev.curveball.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.access.Secrets;
import dev.curveball.apply.Rooms;
import dev.curveball.cohort.Cohort;
import dev.curveball.cohort.CohortAction;
import dev.curveball.cohort.CohortStore;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoundMessages;
import dev.curveball.room.Access;
import dev.curveball.room.Command;
import dev.curveball.room.ReportRubric;
import dev.curveball.room.RoomSummary;
import dev.curveball.store.Result;
import dev.curveball.transport.NextRounds;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organizer's side of a cohort, each call proven with the organizer's token
 * ({@code Authorization: Bearer <token>}): {@code GET /api/cohorts/:cohort} (the board),
 * {@code POST /api/cohorts/:cohort/actions} (one action on every room where it fits) and
 * {@code GET /api/cohorts/:cohort/reports.zip}.
 *
 * <p>The board is built from one read-only summary per room, made on the room's partition; with {@code ?since=}
 * (the {@code serverTime} of the previous answer) it carries only the rooms whose summary changed since, and a room
 * where people only type comes back every {@value #ACTIVITY_REFRESH_MS} ms so its last activity stays fresh. A board
 * polled once a second therefore gets each changed room at most once a second, never each keystroke.
 */
final class CohortBoardApi {
    static final long ACTIVITY_REFRESH_MS = 30_000;
    /** Room events are stamped by the node that applied them: allow that much clock difference between nodes. */
    static final long CLOCK_SLACK_MS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(CohortBoardApi.class);

    private final Rooms rooms;
    private final CohortStore cohorts;
    private final NextRounds nextRounds;
    private final CohortReports reports;

    CohortBoardApi(Rooms rooms, CohortStore cohorts, NextRounds nextRounds, ReportRubric rubric) {
        this.rooms = rooms;
        this.cohorts = cohorts;
        this.nextRounds = nextRounds;
        this.reports = new CohortReports(rooms.store(), rubric);
    }

    void board(RoutingContext ctx) {
        Long since;
        try {
            String raw = ctx.request().getParam("since");
            since = raw == null ? null : Long.valueOf(raw);
        } catch (NumberFormatException e) {
            HttpErrors.send(ctx, 400, ErrorCode.BAD_MESSAGE, "since must be the serverTime of an earlier answer");
            return;
        }
        organizer(ctx).compose(cohort -> summaries(cohort).map(found -> {
            long now = rooms.now();
            ObjectNode body = Codec.mapper().createObjectNode();
            body.put("cohort", cohort.id());
            body.put("title", cohort.title());
            body.put("serverTime", now);
            ArrayNode list = body.putArray("rooms");
            for (String roomId : cohort.roomIds()) {
                RoomSummary summary = found.get(roomId);
                if (summary != null && (since == null || changed(summary, since, now))) {
                    list.add(Codec.mapper().valueToTree(summary));
                }
            }
            return body;
        })).onSuccess(body -> json(ctx, 200, body)).onFailure(e -> failed(ctx, e));
    }

    /** Whether a board that read the room at {@code since} has anything new to show of it at {@code now}. */
    static boolean changed(RoomSummary summary, long since, long now) {
        long from = since - CLOCK_SLACK_MS;
        return summary.changedAt() >= from
            || summary.lastActivity() >= from && now / ACTIVITY_REFRESH_MS != since / ACTIVITY_REFRESH_MS;
    }

    void act(RoutingContext ctx) {
        JsonNode body;
        try {
            body = Codec.mapper().readTree(ctx.body().asString());
        } catch (Exception e) {
            body = null;
        }
        String name = body == null || !body.path("action").isTextual() ? null : body.path("action").asText();
        Optional<CohortAction> action = CohortAction.named(name);
        if (action.isEmpty()) {
            HttpErrors.send(ctx, 400, ErrorCode.BAD_MESSAGE, "send {\"action\":\"…\"}, one of start, pause, resume, "
                + "end, next-round, broadcast (with \"message\")");
            return;
        }
        String message = body.path("message").isTextual() ? body.path("message").asText() : null;
        if (action.get() == CohortAction.BROADCAST && (message == null || message.isBlank())) {
            HttpErrors.send(ctx, 400, ErrorCode.BAD_MESSAGE, "broadcast needs a \"message\" for every room");
            return;
        }
        organizer(ctx).compose(cohort -> summaries(cohort).compose(found -> {
            List<Future<ObjectNode>> results = new ArrayList<>();
            for (Cohort.Room room : cohort.rooms()) {
                results.add(apply(action.get(), room, found.get(room.room()), message));
            }
            return Future.all(results).map(all -> {
                ObjectNode answer = Codec.mapper().createObjectNode();
                answer.put("action", action.get().wireName());
                ArrayNode list = Codec.mapper().createArrayNode();
                int applied = 0;
                for (int i = 0; i < results.size(); i++) {
                    ObjectNode result = all.resultAt(i);
                    applied += "applied".equals(result.path("result").asText()) ? 1 : 0;
                    list.add(result);
                }
                answer.put("applied", applied);
                answer.put("skipped", results.size() - applied);
                answer.set("rooms", list);
                LOG.info("cohort {}: {} applied to {} of {} rooms", cohort.id(), action.get().wireName(), applied,
                    results.size());
                return answer;
            });
        })).onSuccess(answer -> json(ctx, 200, answer)).onFailure(e -> failed(ctx, e));
    }

    /** One room's part of an action: applied, or skipped with the reason; never a failure of the whole action. */
    private Future<ObjectNode> apply(CohortAction action, Cohort.Room room, RoomSummary summary, String message) {
        ObjectNode result = Codec.mapper().createObjectNode().put("room", room.room());
        if (summary == null) {
            return Future.succeededFuture(skipped(result, ErrorCode.UNKNOWN_ROOM, "the room has expired"));
        }
        Optional<String> misfit = action.misfit(summary);
        if (misfit.isPresent()) {
            return Future.succeededFuture(skipped(result, ErrorCode.INVALID_STATE, misfit.get()));
        }
        Future<Command> command = action == CohortAction.NEXT_ROUND
            ? nextRounds.prepare(room.room(), room.organizer(), new RoundMessages.RoundNext(null, null, null))
            : Future.succeededFuture(action.command(room.organizer(), summary.stage(), message));
        return command.compose(c -> rooms.apply(room.room(), c)).map(outcome -> {
            if (outcome instanceof Result.Refused refused) {
                return skipped(result, refused.code(), refused.message());
            }
            return result.put("result", "applied");
        }).recover(e -> {
            LOG.warn("cohort action {} failed in room {}", action.wireName(), room.room(), e);
            return Future.succeededFuture(skipped(result, ErrorCode.UNAVAILABLE, "the room could not be reached"));
        });
    }

    private static ObjectNode skipped(ObjectNode result, ErrorCode code, String message) {
        return result.put("result", "skipped").put("code", code.code()).put("message", message);
    }

    void reports(RoutingContext ctx) {
        organizer(ctx).compose(cohort -> reports.zip(ctx.vertx(), cohort)).onSuccess(zip -> ctx.response()
                .putHeader("Content-Type", "application/zip")
                .putHeader("Content-Disposition", "attachment; filename=\"cohort-reports.zip\"")
                .putHeader("Cache-Control", "no-store")
                .end(io.vertx.core.buffer.Buffer.buffer(zip)))
            .onFailure(e -> failed(ctx, e));
    }

    private Future<Map<String, RoomSummary>> summaries(Cohort cohort) {
        return rooms.store().summaries(new LinkedHashSet<>(cohort.roomIds()));
    }

    /** The cohort, once the request proves it comes from its organizer; fails with the answer to send otherwise. */
    private Future<Cohort> organizer(RoutingContext ctx) {
        String id = ctx.pathParam("cohort");
        Optional<String> token = ReportsApi.bearer(ctx.request().getHeader("Authorization"));
        if (token.isEmpty()) {
            return Future.failedFuture(new Refusal(401, ErrorCode.BAD_TOKEN,
                "send the organizer's key as the header \"Authorization: Bearer <key>\" (the part after #t=)"));
        }
        if (!Secrets.looksLikeRoomId(id)) {
            return Future.failedFuture(new Refusal(404, ErrorCode.UNKNOWN_COHORT, "there is no cohort with this id"));
        }
        return cohorts.find(id).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new Refusal(404, ErrorCode.UNKNOWN_COHORT, "there is no cohort with this id"));
            }
            if (!Access.same(found.get().organizerTokenHash(), Secrets.hash(token.get()))) {
                return Future.failedFuture(new Refusal(401, ErrorCode.BAD_TOKEN, "this key is not the organizer's"));
            }
            return Future.succeededFuture(found.get());
        });
    }

    private static void json(RoutingContext ctx, int status, JsonNode body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
            .putHeader("Cache-Control", "no-store").end(body.toString());
    }

    private static void failed(RoutingContext ctx, Throwable e) {
        if (e instanceof Refusal refusal) {
            HttpErrors.send(ctx, refusal.status, refusal.code, refusal.getMessage());
        } else {
            LOG.warn("cohort request {} failed", ctx.request().path(), e);
            HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "the cohort could not be read; try again");
        }
    }

    /** An answer to send instead of the result: who is asking, or what they ask for, is wrong. */
    private static final class Refusal extends Exception {
        final int status;
        final ErrorCode code;

        Refusal(int status, ErrorCode code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}

package dev.curveball.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.access.Secrets;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.LinkCheck;
import dev.curveball.store.RoomStore;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/rooms/:room/links/check} with {@code {"token":"…"}} (and, optionally, {@code "resume":"…"}): what
 * the link would open, told before its holder gives a name, so a dead link says so at once.
 *
 * <p>What it reveals, and to whom. With a token of the room it answers the room's title, the host's name and the
 * seat the holder would take: what they will see a second later anyway, and never the prompt. Without one it
 * answers only {@code bad-token} (the room exists) or {@code unknown-room} (it does not). We keep that distinction
 * on purpose: the WebSocket's {@code hello} has always answered the same two codes to anyone, so hiding it here
 * would protect nothing; a room id is 10 random characters (about 49 bits), so finding a live room by guessing
 * takes on the order of 10^11 requests; and the person holding a dead link needs to know which one it is (a key
 * that is wrong or cut off: ask the host for a fresh link; a room that is gone: start a new one). Tokens travel in
 * the body, never in the URL, so no access log holds them.
 *
 * <p>Cost: one SHA-256 of a body of at most {@link #BODY_LIMIT} bytes and one read-only entry processor that
 * answers a few words, the same work as a {@code hello}; nothing is written.
 */
final class LinksApi {
    /** A token and a resume secret are 43 characters each; this leaves room for JSON and nothing else. */
    static final int BODY_LIMIT = 1024;
    private static final Logger LOG = LoggerFactory.getLogger(LinksApi.class);

    private final RoomStore store;

    LinksApi(RoomStore store) {
        this.store = store;
    }

    void check(RoutingContext ctx) {
        String roomId = ctx.pathParam("room");
        String token;
        String resume;
        try {
            JsonNode body = Codec.mapper().readTree(ctx.body().asString());
            token = body == null ? null : text(body.get("token"));
            resume = body == null ? null : text(body.get("resume"));
        } catch (Exception e) {
            token = null;
            resume = null;
        }
        if (token == null) {
            HttpErrors.send(ctx, 400, ErrorCode.BAD_MESSAGE,
                "send the link's key as {\"token\":\"…\"} (the part after #t= in the link)");
            return;
        }
        if (!Secrets.looksLikeRoomId(roomId)) {
            HttpErrors.send(ctx, 404, ErrorCode.UNKNOWN_ROOM, "there is no room with this id");
            return;
        }
        store.checkLink(roomId, Secrets.hash(token), resume == null ? null : Secrets.hash(resume))
            .onSuccess(check -> answer(ctx, check))
            .onFailure(e -> {
                LOG.warn("could not check a link to room {}", roomId, e);
                HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "the room could not be reached; try again");
            });
    }

    private static void answer(RoutingContext ctx, LinkCheck check) {
        ctx.response().putHeader("Cache-Control", "no-store");
        if (check instanceof LinkCheck.Refused refused) {
            HttpErrors.send(ctx, status(refused.code()), refused.code(), refused.message());
            return;
        }
        LinkCheck.Opens opens = (LinkCheck.Opens) check;
        // Built by hand: the codec leaves nulls out, and "host":null (nobody entered with the host link yet) is
        // part of the answer.
        ObjectNode body = Codec.mapper().createObjectNode();
        body.putObject("room").put("title", opens.title());
        body.put("host", opens.host());
        body.set("seat", Codec.mapper().valueToTree(opens.seat()));
        if (opens.name() != null) {
            body.put("name", opens.name()); // a personal link: its holder enters under this name
        }
        ctx.response().putHeader("Content-Type", "application/json").end(body.toString());
    }

    private static int status(ErrorCode code) {
        return switch (code) {
            case BAD_TOKEN, LINK_RESET -> 401;
            case UNKNOWN_ROOM -> 404;
            case ROOM_FULL -> 409;
            default -> 503;
        };
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }
}

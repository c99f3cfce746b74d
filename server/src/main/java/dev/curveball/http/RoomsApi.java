package dev.curveball.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.curveball.access.Secrets;
import dev.curveball.catalog.CatalogRounds;
import dev.curveball.config.Config;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import dev.curveball.room.Access;
import dev.curveball.room.Prompt;
import dev.curveball.room.RoundMaterial;
import dev.curveball.room.Room;
import dev.curveball.room.RoomSpec;
import dev.curveball.room.RoomState;
import dev.curveball.store.RoomStore;
import dev.curveball.transport.KeyedLimiters;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /api/rooms}: opens a room and hands back its host and invite links. */
final class RoomsApi {
    private static final Logger LOG = LoggerFactory.getLogger(RoomsApi.class);
    private static final int MAX_DURATION_MINUTES = 480;

    private final Config config;
    private final RoomStore store;
    private final CatalogRounds catalog;
    private final LongSupplier clock;
    private final CreationAllowance allowance;

    /** @param creations rooms created per client address, shared by the node's event loops */
    RoomsApi(Config config, RoomStore store, CatalogRounds catalog, LongSupplier clock, KeyedLimiters creations) {
        this.config = config;
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.allowance = new CreationAllowance(config, creations);
    }

    void create(RoutingContext ctx) {
        RoomSpec spec;
        try {
            String raw = ctx.body().asString();
            spec = spec(raw == null || raw.isBlank() ? "{}" : raw);
        } catch (BadRequest e) {
            HttpErrors.send(ctx, 400, ErrorCode.BAD_MESSAGE, e.getMessage());
            return;
        }
        long now = clock.getAsLong();
        if (!allowance.admit(ctx, now)) {
            return;
        }
        String hostToken = Secrets.token();
        String inviteToken = Secrets.token();
        RoomState room = Room.create(Secrets.roomId(), spec,
            new Access(Secrets.hash(hostToken), Secrets.hash(inviteToken)),
            config.roomLimits(), clock.getAsLong());
        store.roomCount()
            .compose(count -> count < config.rooms().maxRooms()
                ? store.create(room)
                : io.vertx.core.Future.failedFuture(new AtCapacity()))
            .onSuccess(v -> {
                String base = Links.base(ctx, config) + "/r/" + room.id() + "#t=";
                Map<String, Object> links = new LinkedHashMap<>();
                links.put("host", base + hostToken);
                links.put("invite", base + inviteToken);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("room", room.id());
                body.put("links", links);
                ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                    .end(Codec.mapper().valueToTree(body).toString());
            })
            .onFailure(e -> {
                if (e instanceof AtCapacity) {
                    HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE,
                        "this server holds its maximum of " + config.rooms().maxRooms() + " rooms; try later");
                } else {
                    LOG.warn("could not create a room", e);
                    HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "the room could not be stored; try again");
                }
            });
    }

    private RoomSpec spec(String json) throws BadRequest {
        CreateRoomRequest request;
        try {
            request = Codec.mapper().readValue(json, CreateRoomRequest.class);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body must be a JSON object like {\"title\":\"…\",\"mode\":\"pair\","
                + "\"creatorSeat\":\"interviewer\"}");
        }
        if (request == null) {
            throw new BadRequest("the body must be a JSON object");
        }
        String title = text(request.title(), "Practice room", "title", config.limits().maxTitleLength());
        Mode mode = choice(request.mode(), "pair", "mode", Mode.class);
        Role seat = choice(request.creatorSeat(), "interviewer", "creatorSeat", Role.class);
        if (seat == Role.OBSERVER) {
            throw new BadRequest("creatorSeat must be \"interviewer\" or \"candidate\"");
        }
        int choices = (request.promptId() != null ? 1 : 0) + (Boolean.TRUE.equals(request.surprise()) ? 1 : 0)
            + (request.prompt() != null ? 1 : 0);
        if (choices > 1) {
            throw new BadRequest("choose the prompt with one of promptId, surprise or prompt, not several");
        }
        int minutes = request.durationMinutes() == null
            ? config.rooms().defaultDurationMinutes()
            : request.durationMinutes();
        if (minutes < 1 || minutes > MAX_DURATION_MINUTES) {
            throw new BadRequest("durationMinutes must be between 1 and " + MAX_DURATION_MINUTES);
        }
        RoundMaterial material;
        if (request.promptId() != null) {
            material = catalog.drawn(request.promptId(), minutes)
                .orElseThrow(() -> new BadRequest("promptId: no catalog prompt is called \"" + request.promptId()
                    + "\"; GET /api/catalog lists them"));
        } else if (request.prompt() != null) {
            String promptTitle = text(request.prompt().title(), Prompt.UNTITLED.title(), "prompt.title",
                config.limits().maxTitleLength());
            String promptText = request.prompt().text() == null ? "" : request.prompt().text();
            if (promptText.length() > config.limits().maxPromptChars()) {
                throw new BadRequest("prompt.text has at most " + config.limits().maxPromptChars() + " characters");
            }
            material = CatalogRounds.written(promptTitle, promptText, minutes);
        } else {
            material = catalog.surprise(java.util.Set.of(), minutes)
                .orElse(CatalogRounds.written(Prompt.UNTITLED.title(), Prompt.UNTITLED.text(), minutes));
        }
        return new RoomSpec(title, mode, seat, material, catalog.rubric());
    }

    private static String text(String value, String fallback, String field, int max) throws BadRequest {
        String text = value == null || value.isBlank() ? fallback : value.strip();
        if (text.length() > max) {
            throw new BadRequest(field + " has at most " + max + " characters");
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(String value, String fallback, String field, Class<E> type)
        throws BadRequest {
        String wanted = value == null ? fallback : value;
        try {
            return Codec.mapper().convertValue(wanted, type);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(field + " cannot be \"" + wanted + "\"");
        }
    }

    private static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    private static final class AtCapacity extends Exception {
        AtCapacity() {
            super("at capacity", null, false, false);
        }
    }
}

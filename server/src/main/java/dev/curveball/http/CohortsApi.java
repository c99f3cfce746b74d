package dev.curveball.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.access.Secrets;
import dev.curveball.catalog.CatalogRounds;
import dev.curveball.cohort.CohortRooms;
import dev.curveball.cohort.CohortStore;
import dev.curveball.cohort.Grouping;
import dev.curveball.config.Config;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.room.Command;
import dev.curveball.room.Outcome;
import dev.curveball.room.Room;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoundMaterial;
import dev.curveball.store.RoomStore;
import dev.curveball.transport.KeyedLimiters;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/cohorts}: a roster becomes rooms, each person gets a personal link to their seat, and the
 * organizer one link to the board and to every room. Creating a cohort counts as one room creation against the
 * address's allowance: it is one request, and the roster's size is bounded by {@code --max-cohort-people}.
 */
final class CohortsApi {
    /** A roster of 400 names of 60 characters, with JSON around them, and a phase plan. */
    static final int BODY_LIMIT = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(CohortsApi.class);
    /** Room titles are the cohort's title and " · Room 200". */
    private static final int ROOM_SUFFIX = 12;
    private static final int MAX_DURATION_MINUTES = 480;

    private final Config config;
    private final RoomStore rooms;
    private final CohortStore cohorts;
    private final CatalogRounds catalog;
    private final LongSupplier clock;
    private final CreationAllowance allowance;

    CohortsApi(Config config, RoomStore rooms, CohortStore cohorts, CatalogRounds catalog, LongSupplier clock,
               KeyedLimiters creations) {
        this.config = config;
        this.rooms = rooms;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.clock = clock;
        this.allowance = new CreationAllowance(config, creations);
    }

    void create(RoutingContext ctx) {
        long now = clock.getAsLong();
        CohortRooms.Plan plan;
        try {
            plan = plan(read(ctx.body().asString()), now);
        } catch (BadRequest e) {
            HttpErrors.send(ctx, e.status, e.code, e.getMessage());
            return;
        }
        if (!allowance.admit(ctx, now)) {
            return;
        }
        rooms.roomCount()
            .compose(count -> count + plan.rooms().size() <= config.rooms().maxRooms()
                ? Future.<Void>succeededFuture() : Future.failedFuture(new AtCapacity()))
            .compose(v -> Future.all(plan.rooms().stream().map(r -> rooms.create(r.state())).toList()))
            .compose(v -> cohorts.create(plan.cohort()))
            .onSuccess(v -> {
                LOG.info("cohort {} created: {} rooms", plan.cohort().id(), plan.rooms().size());
                ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store").end(answer(plan, Links.base(ctx, config)).toString());
            })
            .onFailure(e -> {
                if (e instanceof AtCapacity) {
                    HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "this server holds its maximum of "
                        + config.rooms().maxRooms() + " rooms; this cohort needs " + plan.rooms().size());
                } else {
                    LOG.warn("could not create a cohort", e);
                    HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "the cohort could not be stored; try again");
                }
            });
    }

    private static CohortRequest read(String body) throws BadRequest {
        try {
            CohortRequest request = Codec.mapper().readValue(body == null ? "" : body, CohortRequest.class);
            if (request == null) {
                throw new BadRequest("the body must be a JSON object");
            }
            return request;
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body must be a JSON object like {\"title\":\"…\",\"people\":[{\"name\":\"…\"}],"
                + "\"groupSize\":2}");
        }
    }

    private CohortRooms.Plan plan(CohortRequest request, long now) throws BadRequest {
        String title = request.title() == null || request.title().isBlank() ? "Cohort" : request.title().strip();
        int maxTitle = config.limits().maxTitleLength() - ROOM_SUFFIX;
        if (title.length() > maxTitle) {
            throw new BadRequest("title has at most " + maxTitle + " characters");
        }
        List<String> names = names(request.people());
        int size = request.groupSize() == null ? 2 : request.groupSize();
        if (size < Grouping.MIN_SIZE || size > Grouping.MAX_SIZE) {
            throw new BadRequest("groupSize must be 2 (pairs) to " + Grouping.MAX_SIZE);
        }
        if (request.promptId() != null && Boolean.TRUE.equals(request.surprise())) {
            throw new BadRequest("choose the prompt with promptId or surprise, not both");
        }
        int minutes = request.durationMinutes() == null
            ? config.rooms().defaultDurationMinutes() : request.durationMinutes();
        if (minutes < 1 || minutes > MAX_DURATION_MINUTES) {
            throw new BadRequest("durationMinutes must be between 1 and " + MAX_DURATION_MINUTES);
        }
        List<List<String>> groups = Grouping.groups(names, size);
        List<RoundMaterial> materials = materials(request.promptId(), groups.size(), minutes);
        CohortRooms.Plan plan = CohortRooms.plan(Secrets.roomId(), title, groups, materials, catalog.rubric(),
            config.roomLimits(), now, SECRETS);
        return request.phases() == null ? plan : withPhases(plan, request.phases(), now);
    }

    private List<String> names(List<CohortRequest.Person> people) throws BadRequest {
        if (people == null || people.size() < Grouping.MIN_SIZE) {
            throw new BadRequest("people: name at least " + Grouping.MIN_SIZE + " people, as [{\"name\":\"…\"}]");
        }
        int max = config.rooms().maxCohortPeople();
        if (people.size() > max) {
            throw new BadRequest(413, ErrorCode.TOO_LARGE, "people: a cohort has at most " + max + " people, not "
                + people.size() + "; split the roster into several cohorts");
        }
        List<String> names = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            CohortRequest.Person person = people.get(i);
            String name = person == null || person.name() == null ? "" : person.name().strip();
            if (name.isEmpty() || name.length() > config.limits().maxNameLength()) {
                throw new BadRequest("people[" + i + "].name: 1 to " + config.limits().maxNameLength()
                    + " characters");
            }
            names.add(name);
        }
        return names;
    }

    /** One first round per room; surprises spread over the catalog, so neighbouring rooms differ. */
    private List<RoundMaterial> materials(String promptId, int count, int minutes) throws BadRequest {
        List<RoundMaterial> materials = new ArrayList<>(count);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            RoundMaterial material;
            if (promptId != null) {
                material = catalog.drawn(promptId, minutes).orElseThrow(() -> new BadRequest("promptId: no catalog "
                    + "prompt is called \"" + promptId + "\"; GET /api/catalog lists them"));
            } else {
                if (catalog.exhausted(used)) {
                    used.clear(); // more rooms than prompts: start the catalog over
                }
                material = catalog.surprise(used, minutes).orElse(CatalogRounds.written("Untitled prompt", "", minutes));
                used.add(material.promptId());
            }
            materials.add(material);
        }
        return materials;
    }

    /** The organizer's phase plan, checked and applied by each room's own rule for {@code timer.phases}. */
    private static CohortRooms.Plan withPhases(CohortRooms.Plan plan, List<dev.curveball.protocol.view.PhaseView>
        phases, long now) throws BadRequest {
        List<CohortRooms.Built> built = new ArrayList<>();
        for (int i = 0; i < plan.rooms().size(); i++) {
            CohortRooms.Built room = plan.rooms().get(i);
            Command command = Command.by(plan.cohort().rooms().get(i).organizer(),
                new TimerMessages.TimerPhases(null, phases));
            Outcome outcome = Room.apply(room.state(), command, now);
            if (outcome instanceof Outcome.Rejected rejected) {
                throw new BadRequest(400, rejected.code(), "phases: " + rejected.message());
            }
            RoomState after = ((Outcome.Applied) outcome).state();
            built.add(new CohortRooms.Built(after, room.places()));
        }
        return new CohortRooms.Plan(plan.cohort(), plan.organizerToken(), built);
    }

    private static ObjectNode answer(CohortRooms.Plan plan, String base) {
        ObjectNode body = Codec.mapper().createObjectNode();
        body.put("cohort", plan.cohort().id());
        body.put("title", plan.cohort().title());
        body.putObject("links").put("organizer", base + "/c/" + plan.cohort().id() + "#t=" + plan.organizerToken());
        ArrayNode roomsNode = body.putArray("rooms");
        for (CohortRooms.Built room : plan.rooms()) {
            ObjectNode roomNode = roomsNode.addObject();
            roomNode.put("room", room.state().id());
            roomNode.put("title", room.state().title());
            ArrayNode members = roomNode.putArray("members");
            for (CohortRooms.Place place : room.places()) {
                members.addObject()
                    .put("name", place.name())
                    .put("seat", place.seat().name().toLowerCase(java.util.Locale.ROOT))
                    .put("link", base + "/r/" + room.state().id() + "#t=" + place.token());
            }
        }
        return body;
    }

    private static final CohortRooms.Randomness SECRETS = new CohortRooms.Randomness() {
        @Override
        public String roomId() {
            return Secrets.roomId();
        }

        @Override
        public String participantId() {
            return Secrets.participantId();
        }

        @Override
        public String token() {
            return Secrets.token();
        }

        @Override
        public String hash(String token) {
            return Secrets.hash(token);
        }
    };

    static final class BadRequest extends Exception {
        final int status;
        final ErrorCode code;

        BadRequest(String message) {
            this(400, ErrorCode.BAD_MESSAGE, message);
        }

        BadRequest(int status, ErrorCode code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private static final class AtCapacity extends Exception {
        AtCapacity() {
            super("at capacity", null, false, false);
        }
    }
}

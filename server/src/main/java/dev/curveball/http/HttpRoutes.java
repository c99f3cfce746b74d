package dev.curveball.http;

import dev.curveball.cohort.CohortStore;
import dev.curveball.apply.Rooms;
import dev.curveball.catalog.Catalog;
import dev.curveball.catalog.CatalogRounds;
import dev.curveball.config.Config;
import dev.curveball.durable.RoundArchive;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Protocol;
import dev.curveball.transport.Sessions;
import dev.curveball.transport.Throttles;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The route table: the whole HTTP surface of a node on one screen. */
public final class HttpRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRoutes.class);
    /** Room creation bodies are a title, a prompt and a few choices; a prompt is the largest part. */
    private static final int EXTRA_BODY_BYTES = 4096;

    private HttpRoutes() {
    }

    /**
     * @param rooms    where rooms are created and read, and the node's clock
     * @param rounds   catalog prompts drawn into new rooms
     * @param health   whether this node should take sockets and users
     * @param nodes    the live nodes a client may reconnect to
     * @param assets   the web client's files, read once at startup
     * @param archive  finished rounds kept after their room expired
     * @param sessions this event loop's sockets
     * @param registry the node's meters, served at {@code /metrics}
     * @param throttles the node's limits per client address and participant, shared by its event loops
     * @param cohorts  where cohorts are kept
     */
    public static Router router(Vertx vertx, Config config, Rooms rooms, Catalog catalog, CatalogRounds rounds,
                                HealthProbe health, ClusterNodes nodes, StaticAssets assets, RoundArchive archive,
                                Sessions sessions, PrometheusMeterRegistry registry, Throttles throttles,
                                CohortStore cohorts) {
        Router router = Router.router(vertx);
        RoomsApi roomsApi = new RoomsApi(config, rooms.store(), rounds, rooms::now, throttles.roomCreations());
        long bodyLimit = config.limits().maxPromptChars() * 4L + EXTRA_BODY_BYTES;

        ContentSecurityPolicy csp = ContentSecurityPolicy.watching(nodes, registry);
        Origins origins = new Origins(vertx, config, nodes, rooms::now);
        router.route().handler(HttpRoutes::securityHeaders);
        router.route().handler(csp::apply);
        router.post().handler(origins::guard);
        router.post(ContentSecurityPolicy.REPORT_PATH)
            .handler(BodyHandler.create().setBodyLimit(ContentSecurityPolicy.REPORT_BODY_LIMIT)).handler(csp::report);
        router.post("/api/rooms").handler(BodyHandler.create().setBodyLimit(bodyLimit)).handler(roomsApi::create);
        CohortsApi cohortsApi = new CohortsApi(config, rooms.store(), cohorts, rounds, rooms::now,
            throttles.roomCreations());
        CohortBoardApi board = new CohortBoardApi(rooms, cohorts, sessions.nextRounds(),
            CatalogRounds.reportRubric(catalog));
        router.post("/api/cohorts").handler(BodyHandler.create().setBodyLimit(CohortsApi.BODY_LIMIT))
            .handler(cohortsApi::create);
        router.get("/api/cohorts/:cohort").handler(board::board);
        router.post("/api/cohorts/:cohort/actions").handler(BodyHandler.create().setBodyLimit(bodyLimit))
            .handler(board::act);
        router.get("/api/cohorts/:cohort/reports.zip").handler(board::reports);
        router.post("/api/rooms/:room/links/check").handler(BodyHandler.create().setBodyLimit(LinksApi.BODY_LIMIT))
            .handler(new LinksApi(rooms.store())::check);
        router.get("/api/catalog").handler(new CatalogApi(catalog)::list);
        router.get("/api/limits").handler(new LimitsApi(config)::limits);
        router.get("/api/rooms/:room/rounds/:round/report.md")
            .handler(new ReportsApi(rooms.store(), archive, CatalogRounds.reportRubric(catalog))::report);
        router.get("/api/rooms/:room/export")
            .handler(new ExportApi(rooms.store(), CatalogRounds.reportRubric(catalog), rooms::now)::export);
        router.get("/api/cluster").handler(ctx -> nodes(ctx, nodes));
        router.get("/health").handler(healthHandler(vertx, health));
        router.get("/ready").handler(ctx -> ready(ctx, health));
        router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
        router.get(Protocol.WEBSOCKET_PATH).handler(ctx -> upgrade(ctx, sessions, health, origins));
        router.route("/r/:room").method(HttpMethod.GET).method(HttpMethod.HEAD)
            .handler(ctx -> ctx.reroute(ctx.request().method(), "/room.html"));
        // The organizer's page: /c creates a cohort, /c/<id> is its board (the token rides in the fragment).
        router.route("/c").method(HttpMethod.GET).method(HttpMethod.HEAD)
            .handler(ctx -> ctx.reroute(ctx.request().method(), "/cohort.html"));
        router.route("/c/:cohort").method(HttpMethod.GET).method(HttpMethod.HEAD)
            .handler(ctx -> ctx.reroute(ctx.request().method(), "/cohort.html"));
        StaticFiles files = new StaticFiles(assets);
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).handler(files::serve);
        router.route().last().handler(files::notFound);
        router.route().failureHandler(HttpRoutes::failure);
        return router;
    }

    private static HealthCheckHandler healthHandler(Vertx vertx, HealthProbe probe) {
        return HealthCheckHandler.create(vertx).register("hazelcast", promise -> {
            var details = probe.check();
            promise.complete(details.getBoolean("up", false) ? Status.OK(details) : Status.KO(details));
        });
    }

    /** {@code {"nodes":["http://…", …]}}: where a client may reconnect when its node goes away. */
    private static void nodes(RoutingContext ctx, ClusterNodes nodes) {
        nodes.urls().onComplete(urls -> {
            if (urls.succeeded()) {
                ctx.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("nodes", new JsonArray(urls.result())).encode());
            } else {
                ctx.fail(urls.cause());
            }
        });
    }

    /** 200 when this node should get users, 503 while it starts, loses backups or shuts down. */
    private static void ready(RoutingContext ctx, HealthProbe health) {
        var readiness = health.readiness();
        ctx.response().setStatusCode(readiness.getBoolean("ready") ? 200 : 503)
            .putHeader("Content-Type", "application/json")
            .end(readiness.encode());
    }

    private static void upgrade(RoutingContext ctx, Sessions sessions, HealthProbe health, Origins origins) {
        if (!health.acceptingSockets()) {
            LOG.info("refused a WebSocket from {}: this node is shutting down", ctx.request().remoteAddress());
            HttpErrors.send(ctx, 503, ErrorCode.UNAVAILABLE, "this node is shutting down; connect to another");
            return;
        }
        if (!ctx.request().canUpgradeToWebSocket()) {
            LOG.info("refused a request to the WebSocket path from {}: not a WebSocket upgrade",
                ctx.request().remoteAddress());
            HttpErrors.send(ctx, 400, ErrorCode.BAD_MESSAGE, "this endpoint speaks WebSocket only");
            return;
        }
        // A page on another site could otherwise open a socket with a link its user was sent, as that user.
        Future<Boolean> verdict = origins.admits(ctx.request());
        if (!verdict.isComplete()) {
            ctx.request().pause(); // held as it is until the verdict, so that the upgrade can still take it over
        }
        verdict.onComplete(admitted -> {
            if (admitted.failed() || !admitted.result()) {
                ctx.request().resume();
                Origins.refuse(ctx);
                return;
            }
            ctx.request().toWebSocket()
                .onSuccess(sessions::open)
                .onFailure(e -> LOG.debug("WebSocket upgrade failed", e));
        });
    }

    /**
     * One exit for errors: a status the route chose, or a logged 500, with a JSON body; or, when the response had
     * already begun, a reset.
     */
    private static void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            // The answer had begun, so no error can be told any more: typically the client went away mid-download.
            // Reset it (HTTP/1.1: the connection; HTTP/2: its stream) so a half-sent body cannot pass for a whole one.
            LOG.debug("{} failed after its response began", ctx.request().path(), ctx.failure());
            if (!ctx.response().closed()) {
                ctx.response().reset();
            }
            return;
        }
        if (ctx.statusCode() == 413) {
            HttpErrors.send(ctx, 413, ErrorCode.TOO_LARGE, "the request body is too large");
        } else if (ctx.statusCode() > 0 && ctx.statusCode() < 500) {
            HttpErrors.send(ctx, ctx.statusCode(), ErrorCode.BAD_MESSAGE, "the request was refused");
        } else {
            LOG.error("unhandled error on {}", ctx.request().path(), ctx.failure());
            HttpErrors.send(ctx, 500, ErrorCode.UNAVAILABLE, "something went wrong on the server");
        }
    }

    /**
     * The token travels in the URL fragment; these headers keep pages from leaking anything else. The
     * Content-Security-Policy comes from {@link ContentSecurityPolicy}.
     */
    private static void securityHeaders(RoutingContext ctx) {
        ctx.response()
            .putHeader("Referrer-Policy", "no-referrer")
            .putHeader("X-Content-Type-Options", "nosniff")
            .putHeader("X-Frame-Options", "DENY");
        ctx.next();
    }
}

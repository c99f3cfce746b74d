package dev.curveball;

import dev.curveball.apply.Rooms;
import dev.curveball.config.Config;
import dev.curveball.http.HttpRoutes;
import dev.curveball.transport.Sessions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One event loop's share of the node: an HTTP server on the shared port, its sockets, and its room subscriptions.
 * Everything a verticle owns is touched only from its own event loop.
 */
final class ServerVerticle extends VerticleBase {
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** How long closing sockets may take to say goodbye before the server cuts them. */
    private static final long SHUTDOWN_GRACE_SECONDS = 5;

    private final NodeServices node;
    private final String nodeId;
    private HttpServer server;

    ServerVerticle(NodeServices node, String nodeId) {
        this.node = node;
        this.nodeId = nodeId;
    }

    @Override
    public Future<?> start() {
        Config config = node.config();
        String prefix = nodeId + "/" + INSTANCES.incrementAndGet();
        Rooms rooms = new Rooms(node.store(), vertx.eventBus(), node.clock(), node.metrics());
        Sessions sessions = new Sessions(vertx, config, rooms, node.rounds(), prefix, node.metrics(), node.throttles());
        server = vertx.createHttpServer(options(config)).requestHandler(HttpRoutes.router(vertx, config, rooms,
            node.catalog(), node.rounds(), node.health(), node.nodes(), node.assets(), node.archive(), sessions,
            node.registry(), node.throttles(), node.cohorts()));
        return server.listen(config.http().port(), config.http().host());
    }

    /** Sockets are told to go away (and reconnect, elsewhere when there is an elsewhere) before the server closes. */
    @Override
    public Future<?> stop() {
        return server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
    }

    int actualPort() {
        return server.actualPort();
    }

    static HttpServerOptions options(Config config) {
        int max = config.limits().maxFrameBytes();
        return new HttpServerOptions()
            // Vert.x's inflater has no output bound: a small compressed frame could expand without limit.
            .setPerMessageWebSocketCompressionSupported(false)
            .setPerFrameWebSocketCompressionSupported(false)
            .setMaxWebSocketFrameSize(max)
            .setMaxWebSocketMessageSize(max)
            // Browsers speak HTTP/2 only over TLS (a proxy in front terminates it); the cleartext upgrade (h2c) served
            // only tools, and the JDK's HttpClient lost about 1 in 13 files over 16 KB sent through it at once.
            .setHttp2ClearTextEnabled(false)
            .setIdleTimeout(config.limits().idleTimeoutSeconds());
    }
}

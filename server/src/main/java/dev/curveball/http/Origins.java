package dev.curveball.http;

import dev.curveball.config.Config;
import dev.curveball.protocol.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which web pages may use this server: a browser names the page's origin in {@code Origin} on every WebSocket upgrade
 * and every cross-site POST (a form or a {@code text/plain} fetch can reach another site without CORS asking
 * first). Admitted: no {@code Origin} at all (tools, other servers: nothing a page can forge), the server's own (the
 * request's {@code Host}), {@code --public-url}, {@code --allowed-origins}, and every node the cluster has had while
 * this one ran: a page whose node went away reconnects to another one, and by then its node has left the directory.
 * The directory is read every {@value #CLUSTER_REFRESH_MS} ms, off the event loop, and on demand when an unknown
 * origin asks. One per event loop.
 */
final class Origins {
    private static final Logger LOG = LoggerFactory.getLogger(Origins.class);
    /** How long the cluster's node list is trusted before it is read again. */
    static final long CLUSTER_REFRESH_MS = 5_000;
    private static final String ORIGIN = "Origin";

    private final Set<String> configured = new HashSet<>();
    private final ClusterNodes nodes;
    private final LongSupplier clock;
    /** Origins of every node seen in the directory; never shrinks (a departed node's pages still reconnect). */
    private final Set<String> cluster = new HashSet<>();
    /** When {@link #cluster} was read; null before the first read. */
    private Long clusterReadAt;
    private Future<Set<String>> reading;

    /** Call on the event loop it serves; it reads the cluster's directory from there, periodically. */
    Origins(Vertx vertx, Config config, ClusterNodes nodes, LongSupplier clock) {
        this.nodes = nodes;
        this.clock = clock;
        vertx.setPeriodic(1, CLUSTER_REFRESH_MS, id -> clusterOrigins());
        if (!config.http().publicUrl().isEmpty()) {
            add(configured, config.http().publicUrl());
        }
        config.guard().allowedOrigins().forEach(origin -> add(configured, origin));
    }

    /** A route handler: lets the request on, or answers 403 {@code forbidden} without reading its body. */
    void guard(RoutingContext ctx) {
        Future<Boolean> verdict = admits(ctx.request());
        if (!verdict.isComplete()) {
            ctx.request().pause(); // the body handler after this one resumes it; nothing may arrive unread meanwhile
        }
        verdict.onComplete(admitted -> {
            if (admitted.succeeded() && admitted.result()) {
                ctx.next();
            } else {
                ctx.request().resume();
                refuse(ctx);
            }
        });
    }

    static void refuse(RoutingContext ctx) {
        String origin = ctx.request().getHeader(ORIGIN);
        LOG.info("refused {} {} from origin {}", ctx.request().method(), ctx.request().path(), origin);
        HttpErrors.send(ctx, 403, ErrorCode.FORBIDDEN, "pages from " + origin + " may not use this server; "
            + "its operator can allow them with --allowed-origins");
    }

    /** Whether the page the request comes from may use this server; the cluster's nodes are read at most every 5 s. */
    Future<Boolean> admits(HttpServerRequest request) {
        String header = request.getHeader(ORIGIN);
        if (header == null) {
            return Future.succeededFuture(true);
        }
        String origin = normalized(header);
        if (origin == null) {
            return Future.succeededFuture(false); // "null" (a sandboxed or file page) or garbage
        }
        if (configured.contains(origin) || sameAsHost(origin, request.authority())) {
            return Future.succeededFuture(true);
        }
        if (cluster.contains(origin)) {
            return Future.succeededFuture(true);
        }
        return clusterOrigins().map(set -> set.contains(origin));
    }

    private Future<Set<String>> clusterOrigins() {
        long now = clock.getAsLong();
        if (clusterReadAt != null && now - clusterReadAt < CLUSTER_REFRESH_MS) {
            return Future.succeededFuture(cluster);
        }
        Future<Set<String>> read = reading;
        if (read == null) {
            read = nodes.urls().map(Origins::originsOf);
            reading = read;
            // Registered after the assignment: a read that is already complete clears it at once.
            read.onComplete(done -> {
                reading = null;
                if (done.succeeded()) {
                    cluster.addAll(done.result());
                    clusterReadAt = clock.getAsLong();
                } else {
                    LOG.debug("could not read the cluster's nodes", done.cause());
                }
            });
        }
        return read.map(done -> cluster).otherwise(cluster);
    }

    private static Set<String> originsOf(List<String> urls) {
        Set<String> origins = new HashSet<>();
        urls.forEach(url -> add(origins, url));
        return Set.copyOf(origins);
    }

    private static void add(Set<String> origins, String url) {
        String origin = normalized(url);
        if (origin != null) {
            origins.add(origin);
        }
    }

    /**
     * Whether the origin names the host and port the request was sent to; a Host without a port means the default.
     * The scheme is not compared: one host and port serve one scheme, and a proxy that terminates TLS changes it.
     */
    private static boolean sameAsHost(String origin, HostAndPort authority) {
        if (authority == null) {
            return false;
        }
        URI uri = URI.create(origin);
        String host = bare(authority.host());
        int port = authority.port() < 0 ? defaultPort(uri.getScheme()) : authority.port();
        return bare(uri.getHost()).equalsIgnoreCase(host) && uri.getPort() == port;
    }

    /** {@code scheme://host:port}, lower case, the port always written; null when it is not an http(s) origin. */
    static String normalized(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}

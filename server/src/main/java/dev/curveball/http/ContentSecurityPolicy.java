package dev.curveball.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Content-Security-Policy every response carries: scripts, styles, images, fonts and workers from this server
 * only, no inline script or style, no plugins, no framing, and connections (fetch and WebSocket) only to this node
 * and the cluster's other nodes, which a page fails over to when its node goes away. The node list is this node's
 * copy of the directory, so a response never waits for the cluster; a page keeps the list it was served with.
 *
 * <p>Browsers report violations to {@value #REPORT_PATH}: each is counted ({@code curveball_csp_violations_total})
 * and logged at INFO, cut short, since anyone can post one.
 */
final class ContentSecurityPolicy {
    static final String REPORT_PATH = "/api/csp-report";
    /** Reports are a URL, a directive and a short sample; anything longer is not a browser's report. */
    static final int REPORT_BODY_LIMIT = 8 * 1024;
    private static final int LOGGED_CHARS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(ContentSecurityPolicy.class);
    private static final String FIXED = "default-src 'none'; script-src 'self' 'report-sample'; "
        + "style-src 'self' 'report-sample'; img-src 'self' data:; font-src 'self'; worker-src 'self'; "
        + "manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
        + "report-uri " + REPORT_PATH + "; connect-src 'self'";

    private final Counter violations;
    private final ClusterNodes nodes;
    private List<String> nodeUrls = List.of();
    private String header = FIXED;

    private ContentSecurityPolicy(ClusterNodes nodes, MeterRegistry registry) {
        this.nodes = nodes;
        this.violations = Counter.builder("curveball.csp.violations")
            .description("Content-Security-Policy violations that browsers reported").register(registry);
    }

    /** A policy for one event loop's router, following the cluster's nodes. */
    static ContentSecurityPolicy watching(ClusterNodes nodes, MeterRegistry registry) {
        return new ContentSecurityPolicy(nodes, registry);
    }

    /** The header for every response, rebuilt only when the cluster's nodes changed. */
    void apply(RoutingContext ctx) {
        nodes.urls().onSuccess(urls -> {
            if (!urls.equals(nodeUrls)) {
                nodeUrls = urls;
                header = policy(urls);
            }
        }).onFailure(e -> LOG.debug("could not list the cluster's nodes for the policy", e));
        ctx.response().putHeader("Content-Security-Policy", header);
        ctx.next();
    }

    /** {@code POST /api/csp-report}: a browser refused something a page of ours asked for. */
    void report(RoutingContext ctx) {
        violations.increment();
        String body = ctx.body() == null ? "" : ctx.body().asString();
        LOG.info("a browser reported a Content-Security-Policy violation: {}", cut(summary(body)));
        ctx.response().setStatusCode(204).end();
    }

    /** The fields that say what was refused, where; the policy itself, which every report repeats, left out. */
    private static String summary(String body) {
        try {
            JsonObject report = new JsonObject(body).getJsonObject("csp-report");
            if (report == null) {
                return body;
            }
            JsonObject brief = new JsonObject();
            for (String field : List.of("document-uri", "effective-directive", "blocked-uri", "source-file",
                "line-number", "script-sample")) {
                if (report.containsKey(field)) {
                    brief.put(field, report.getValue(field));
                }
            }
            return brief.encode();
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private static String cut(String text) {
        return text.length() > LOGGED_CHARS ? text.substring(0, LOGGED_CHARS) + "…" : text;
    }

    /** The fixed policy, with each node's HTTP origin and its WebSocket twin added to {@code connect-src}. */
    static String policy(List<String> nodeUrls) {
        Set<String> sources = new LinkedHashSet<>();
        for (String url : nodeUrls) {
            try {
                URI uri = URI.create(url);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    continue;
                }
                String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
                boolean secure = "https".equalsIgnoreCase(uri.getScheme());
                sources.add((secure ? "https://" : "http://") + hostPort);
                sources.add((secure ? "wss://" : "ws://") + hostPort);
            } catch (IllegalArgumentException e) {
                LOG.debug("not a node URL: {}", url);
            }
        }
        return sources.isEmpty() ? FIXED : FIXED + " " + String.join(" ", sources);
    }
}

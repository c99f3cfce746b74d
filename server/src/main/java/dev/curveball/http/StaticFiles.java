package dev.curveball.http;

import dev.curveball.protocol.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * Serves the web client from memory: gzip for clients that accept it, and revalidation by entity tag.
 *
 * <p>Caching: every file says {@code Cache-Control: no-cache}: a browser keeps it but asks before each use, and a
 * file that has not changed costs a 304 without a body. The URLs carry no version (the pages load {@code
 * /js/room.js}, which imports its neighbours by fixed relative names), so a file cached for a fixed time could
 * outlive a deploy and run next to new ones: a mixed set of modules breaks in ways a reload does not cure.
 * Long-lived {@code immutable} caching would need versioned URLs, which this project does not have (no build
 * step); until then revalidation is the honest choice. The figures are in the README ("Page weight").
 */
final class StaticFiles {
    static final String NOT_FOUND_PAGE = "/404.html";
    private static final String REVALIDATE = "no-cache";
    private static final String VARY_ENCODING = "Accept-Encoding";

    private final StaticAssets assets;

    StaticFiles(StaticAssets assets) {
        this.assets = assets;
    }

    /** GET and HEAD of a file of the web client; any other path goes on to the next route. */
    void serve(RoutingContext ctx) {
        StaticAssets.Asset asset = assets.get(ctx.normalizedPath());
        if (asset == null) {
            ctx.next();
            return;
        }
        respond(ctx, asset);
    }

    /** Answers with {@code asset}: compressed when the client accepts it, a 304 when the client already has it. */
    static void respond(RoutingContext ctx, StaticAssets.Asset asset) {
        HttpServerResponse response = ctx.response();
        boolean gzip = asset.gzip() != null && acceptsGzip(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
        response.putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE)
            .putHeader(HttpHeaders.ETAG, gzip ? asset.gzipEtag() : asset.etag());
        if (asset.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            if (asset.gzip() != null) {
                response.putHeader(HttpHeaders.VARY, VARY_ENCODING);
            }
            response.setStatusCode(304).end();
            return;
        }
        send(ctx, asset, gzip, 200);
    }

    /**
     * What an unknown path answers: the branded page for people, with a way back to the start; for {@code /api/}
     * paths, the JSON error that scripts expect.
     */
    void notFound(RoutingContext ctx) {
        String path = ctx.request().path();
        StaticAssets.Asset page = assets.get(NOT_FOUND_PAGE);
        if (path.startsWith("/api/") || page == null) {
            HttpErrors.send(ctx, 404, ErrorCode.BAD_MESSAGE, "no such endpoint: " + path);
            return;
        }
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        send(ctx, page, page.gzip() != null && acceptsGzip(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING)),
            404);
    }

    private static void send(RoutingContext ctx, StaticAssets.Asset asset, boolean gzip, int status) {
        HttpServerResponse response = ctx.response().setStatusCode(status)
            .putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType());
        if (asset.gzip() != null) {
            // Caches between us and the browser must keep the two encodings apart.
            response.putHeader(HttpHeaders.VARY, VARY_ENCODING);
        }
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        byte[] body = gzip ? asset.gzip() : asset.identity();
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length)).end();
        } else {
            // A client that leaves mid-download makes this future fail; there is no one left to tell.
            response.end(Buffer.buffer(body));
        }
    }

    /** Whether {@code Accept-Encoding} admits gzip: listed (or {@code *}) and not with {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip();
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().replace(" ", "");
                if (parameter.startsWith("q=")) {
                    refused = parameter.substring(2).matches("0(\\.0{0,3})?");
                }
            }
            return !refused;
        }
        return false;
    }
}

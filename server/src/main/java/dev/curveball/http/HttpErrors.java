package dev.curveball.http;

import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** HTTP errors use the WebSocket error vocabulary: {@code {"code":"…","message":"…"}}. */
final class HttpErrors {
    private HttpErrors() {
    }

    static void send(RoutingContext ctx, int status, ErrorCode code, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
            .end(Codec.mapper().valueToTree(Map.of("code", code.code(), "message", message)).toString());
    }
}

package dev.curveball.http;

import dev.curveball.config.Config;
import dev.curveball.protocol.Codec;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/limits}: what this node accepts, in the shape of {@code welcome.limits}, for a room created on it
 * now. The landing page's form and the room page's name form come before any welcome, and read their
 * {@code maxlength} from here instead of from a copy in the page. Nothing in it is secret: anyone could learn the
 * same numbers by being refused.
 */
final class LimitsApi {
    private final String body;

    LimitsApi(Config config) {
        this.body = Codec.mapper().valueToTree(config.limits().announced(config.roomLimits())).toString();
    }

    void limits(RoutingContext ctx) {
        // A restarted node may have other limits: pages ask again rather than keep an old answer.
        ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache")
            .end(body);
    }
}

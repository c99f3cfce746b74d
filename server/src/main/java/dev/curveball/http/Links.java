package dev.curveball.http;

import dev.curveball.config.Config;
import io.vertx.ext.web.RoutingContext;

/** Where links handed out by the API point: {@code --public-url} when set, else the address the request came to. */
final class Links {
    private Links() {
    }

    static String base(RoutingContext ctx, Config config) {
        String configured = config.http().publicUrl();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ctx.request().scheme() + "://" + ctx.request().authority().toString();
    }
}

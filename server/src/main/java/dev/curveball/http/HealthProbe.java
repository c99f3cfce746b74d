package dev.curveball.http;

import io.vertx.core.json.JsonObject;

/** Whether the node's share of the cluster is usable, as seen by {@code GET /health}. */
@FunctionalInterface
public interface HealthProbe {
    /** @return details to show, with {@code "up": true|false} */
    JsonObject check();
}

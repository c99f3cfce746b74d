package dev.curveball.http;

import io.vertx.core.json.JsonObject;

/**
 * How the node is doing, as seen by {@code GET /health} (alive) and {@code GET /ready} (worth sending users to).
 * Called on event loops: every method answers at once from state kept up to date elsewhere, never by asking the cluster.
 */
public interface HealthProbe {
    /** @return details to show, with {@code "up": true|false} */
    JsonObject check();

    /** @return details to show, with {@code "ready": true|false} */
    JsonObject readiness();

    /** False once the node is shutting down: new sockets should go to another node. */
    boolean acceptingSockets();
}

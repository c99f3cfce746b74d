package dev.curveball.durable;

import io.vertx.core.json.JsonObject;

/**
 * How far the database lags behind the rooms in memory.
 *
 * @param pendingRooms rooms changed in memory and not yet written
 * @param behind       whether the last attempt to write failed (the database is unreachable or refusing)
 * @param behindForMs  how long writes have been failing
 * @param lastError    why the last attempt failed; empty when it did not
 * @param rowsWritten  room rows written since start, for the coalescing figure
 */
public record StoreStatus(int pendingRooms, boolean behind, long behindForMs, String lastError, long rowsWritten) {

    /** @param queuedInHazelcast changed rooms whose write-behind delay has not run out yet */
    public JsonObject toJson(long queuedInHazelcast) {
        JsonObject json = new JsonObject()
            .put("durable", true)
            .put("pendingRooms", pendingRooms + queuedInHazelcast)
            .put("behind", behind)
            .put("rowsWritten", rowsWritten);
        if (behind) {
            json.put("behindForMs", behindForMs).put("lastError", lastError);
        }
        return json;
    }
}

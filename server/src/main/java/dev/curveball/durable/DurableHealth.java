package dev.curveball.durable;

import com.hazelcast.map.IMap;
import dev.curveball.http.HealthProbe;
import io.vertx.core.json.JsonObject;
import java.util.function.Supplier;

/**
 * Adds the room store to what {@code /ready} shows. A database that is behind does not make the node unready: the
 * rooms live in memory and every interview goes on, so users should still be sent here; the body and the log say
 * the store is behind and by how many rooms.
 */
public final class DurableHealth implements HealthProbe {
    private final HealthProbe cluster;
    private final Supplier<JsonObject> store;

    private DurableHealth(HealthProbe cluster, Supplier<JsonObject> store) {
        this.cluster = cluster;
        this.store = store;
    }

    /**
     * @param map the {@code rooms} map: its changes still in Hazelcast's write-behind queue count as pending too
     */
    public static HealthProbe of(HealthProbe cluster, DurableRooms rooms, IMap<?, ?> map) {
        return new DurableHealth(cluster, () -> rooms.status().toJson(map.getLocalMapStats().getDirtyEntryCount()));
    }

    /** Rooms in memory only: {@code "store": {"durable": false}}. */
    public static HealthProbe memoryOnly(HealthProbe cluster) {
        return new DurableHealth(cluster, () -> new JsonObject().put("durable", false));
    }

    @Override
    public JsonObject check() {
        return cluster.check();
    }

    @Override
    public JsonObject readiness() {
        return cluster.readiness().put("store", store.get());
    }

    @Override
    public boolean acceptingSockets() {
        return cluster.acceptingSockets();
    }
}

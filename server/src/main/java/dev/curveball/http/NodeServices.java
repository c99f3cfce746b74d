package dev.curveball.http;

import dev.curveball.catalog.Catalog;
import dev.curveball.config.Config;
import dev.curveball.store.RoomStore;
import dev.curveball.catalog.CatalogRounds;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/** What every event loop of a node shares: built once at startup, immutable, safe to use from any thread. */
public record NodeServices(Config config, RoomStore store, HealthProbe health, Catalog catalog, ClusterNodes nodes,
                           LongSupplier clock, StaticAssets assets) {
    /** Catalog prompts drawn into rounds; each thread draws from its own random source. */
    public CatalogRounds rounds() {
        return new CatalogRounds(catalog, () -> ThreadLocalRandom.current().nextLong());
    }
}

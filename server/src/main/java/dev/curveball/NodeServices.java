package dev.curveball;

import dev.curveball.cohort.CohortStore;
import dev.curveball.catalog.Catalog;
import dev.curveball.catalog.CatalogRounds;
import dev.curveball.config.Config;
import dev.curveball.durable.RoundArchive;
import dev.curveball.http.ClusterNodes;
import dev.curveball.http.HealthProbe;
import dev.curveball.http.StaticAssets;
import dev.curveball.metrics.NodeMetrics;
import dev.curveball.store.RoomStore;
import dev.curveball.transport.Throttles;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/** What every event loop of a node shares: built once at startup, immutable, safe to use from any thread. */
record NodeServices(Config config, RoomStore store, CohortStore cohorts, HealthProbe health, Catalog catalog, ClusterNodes nodes,
                    LongSupplier clock, StaticAssets assets, RoundArchive archive, PrometheusMeterRegistry registry,
                    NodeMetrics metrics, Throttles throttles) {
    /** Catalog prompts drawn into rounds; each thread draws from its own random source. */
    CatalogRounds rounds() {
        return new CatalogRounds(catalog, () -> ThreadLocalRandom.current().nextLong());
    }
}

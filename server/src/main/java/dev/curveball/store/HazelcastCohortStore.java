package dev.curveball.store;

import com.hazelcast.map.IMap;
import dev.curveball.cohort.Cohort;
import dev.curveball.cohort.CohortStore;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cohorts in the Hazelcast map {@value #MAP_NAME}. A cohort nobody's board has read for as long as an untouched
 * room lives is forgotten, as its rooms are.
 */
public final class HazelcastCohortStore implements CohortStore {
    public static final String MAP_NAME = "cohorts";

    private final IMap<String, Cohort> cohorts;
    private final long maxIdleMs;

    public HazelcastCohortStore(IMap<String, Cohort> cohorts, long maxIdleMs) {
        this.cohorts = cohorts;
        this.maxIdleMs = maxIdleMs;
    }

    @Override
    public Future<Void> create(Cohort cohort) {
        return HazelcastRoomStore.onCaller(cohorts.setAsync(cohort.id(), cohort, 0, TimeUnit.MILLISECONDS,
            maxIdleMs, TimeUnit.MILLISECONDS));
    }

    @Override
    public Future<Optional<Cohort>> find(String id) {
        return HazelcastRoomStore.onCaller(cohorts.getAsync(id)).map(Optional::ofNullable);
    }
}

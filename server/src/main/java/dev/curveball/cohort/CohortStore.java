package dev.curveball.cohort;

import io.vertx.core.Future;
import java.util.Optional;

/** Where cohorts live (Hazelcast, beside their rooms), so any node can serve any cohort's board. */
public interface CohortStore {

    /** Stores a new cohort. */
    Future<Void> create(Cohort cohort);

    /** The cohort, or empty when there is none with this id (never was, or expired with its rooms). */
    Future<Optional<Cohort>> find(String id);
}

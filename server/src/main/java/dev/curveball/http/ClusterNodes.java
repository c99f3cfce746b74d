package dev.curveball.http;

import io.vertx.core.Future;
import java.util.List;

/** The HTTP base URLs of the cluster's live nodes, for clients that must reconnect somewhere else. */
@FunctionalInterface
public interface ClusterNodes {
    Future<List<String>> urls();
}

package dev.curveball;

import dev.curveball.config.Config;
import dev.curveball.config.ConfigException;
import dev.curveball.config.ConfigLoader;
import dev.curveball.logging.LogFormat;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar curveball-server.jar [--setting value …]}: starts one node and runs until stopped. SIGTERM (or
 * Ctrl-C) drains the node and exits 0 once it has left the cluster, or {@value #EXIT_STOP_FAILED} when the drain
 * failed or took longer than {@value #STOP_TIMEOUT_SECONDS} s; a supervisor can tell a clean stop from a crash.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final int EXIT_BAD_CONFIG = 2;
    private static final int EXIT_START_FAILED = 1;
    private static final int EXIT_STOP_FAILED = 3;
    private static final int EXIT_STOPPED = 0;
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = ConfigLoader.load(args, System.getenv());
        } catch (ConfigException e) {
            System.err.println("curveball: " + e.getMessage());
            System.exit(EXIT_BAD_CONFIG);
            return;
        }
        LogFormat.apply(config.logs());
        long started = System.nanoTime();
        CurveballNode.start(config)
            .onSuccess(node -> {
                LOG.info("Curveball is ready on http://localhost:{}/ ({} ms)", node.port(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node), "curveball-shutdown"));
            })
            .onFailure(e -> {
                LOG.error("Curveball could not start: {}", e.getMessage(), e);
                System.exit(EXIT_START_FAILED);
            });
    }

    /**
     * Runs in the shutdown hook. The JVM would end a SIGTERM'd process with 143 whatever the drain did; halting with
     * our own status instead says whether the drain worked. Nothing else is left to run: Hazelcast's own hook is off
     * (HazelcastSetup) and the node has just closed Vert.x and left the cluster.
     */
    private static void stop(CurveballNode node) {
        int status = EXIT_STOPPED;
        try {
            node.stop().toCompletionStage().toCompletableFuture().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.info("Curveball stopped: its sockets were sent elsewhere and it left the cluster");
        } catch (Exception e) {
            LOG.warn("Curveball did not stop cleanly", e);
            status = EXIT_STOP_FAILED;
        }
        Runtime.getRuntime().halt(status);
    }
}

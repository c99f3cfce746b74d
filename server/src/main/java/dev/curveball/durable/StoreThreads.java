package dev.curveball.durable;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The store's own background threads (retries, sweeps). They are stopped without interrupting them: an interrupt
 * in the middle of H2's file I/O closes its file channel and loses the write under way.
 */
final class StoreThreads {
    /** How long a stopping node lets a write or sweep under way finish. */
    private static final long FINISH_SECONDS = 10;

    private StoreThreads() {
    }

    static ScheduledThreadPoolExecutor single(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** Cancels what is scheduled and waits for what is running. */
    static void stop(ScheduledThreadPoolExecutor executor) {
        executor.shutdown();
        try {
            executor.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

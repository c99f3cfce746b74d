package dev.curveball.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A Curveball node in its own JVM, started exactly as the README starts one (the {@code Main} class with flags), so
 * that a test can kill it with SIGKILL or stop it with SIGTERM like an operator would.
 */
public final class ProcessNode implements AutoCloseable {
    private static final Path LOGS = Path.of("target", "node-logs");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Small: a test runs up to three nodes beside its own JVM. */
    private static final String TEST_HEAP = "256m";

    private final Process process;
    private final int port;
    private final Path log;

    private ProcessNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * A node alone, keeping its rooms in the embedded database under {@code dataDir}, exactly as the README's run
     * command does with {@code --data-dir}.
     */
    public static ProcessNode launchDurable(int port, java.nio.file.Path dataDir, List<String> extraFlags) {
        return launchDurable(port, dataDir, extraFlags, TEST_HEAP);
    }

    /** The same with a heap of the caller's size (a benchmark's {@code 1g}). */
    public static ProcessNode launchDurable(int port, java.nio.file.Path dataDir, List<String> extraFlags,
                                            String maxHeap) {
        List<String> flags = new ArrayList<>(List.of("--store", "database", "--data-dir", dataDir.toString()));
        flags.addAll(extraFlags);
        return launch("durable-" + java.util.UUID.randomUUID(), port, TestNode.freePort(), "", flags, maxHeap);
    }

    /** Launches a node; it joins the cluster {@code clusterName} through the given members. */
    public static ProcessNode launch(String clusterName, int port, int hazelcastPort, String members,
                                     List<String> extraFlags) {
        return launch(clusterName, port, hazelcastPort, members, extraFlags, TEST_HEAP);
    }

    private static ProcessNode launch(String clusterName, int port, int hazelcastPort, String members,
                                      List<String> extraFlags, String maxHeap) {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + maxHeap,
            "-cp", System.getProperty("java.class.path"),
            "dev.curveball.Main",
            "--host", "127.0.0.1",
            "--port", String.valueOf(port),
            "--cluster-name", clusterName,
            "--hazelcast-port", String.valueOf(hazelcastPort),
            "--cluster-members", members,
            "--event-loops", "1"));
        if (!extraFlags.contains("--store")) {
            // Rooms in memory unless the test chose a store: a cluster needs a shared database to keep them.
            command.addAll(List.of("--store", "memory"));
        }
        // Flags given later win, so a test of a per-address limit can still set its own.
        TestNode.LOOPBACK_ALLOWANCES.forEach((setting, value) -> command.addAll(List.of(setting.flag(), value)));
        command.addAll(extraFlags);
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve("node-" + port + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
            return new ProcessNode(process, port, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot launch a node", e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Creates a room through the public HTTP API, as any client would. */
    public CreatedRoom createRoom(String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/rooms"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("room not created: " + response.statusCode() + " " + response.body());
            }
            return CreatedRoom.parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The process id, for signals a test sends itself ({@code kill -STOP}). */
    public long pid() {
        return process.pid();
    }

    /** Waits until {@code GET /ready} answers 200: joined, cluster safe, not draining. */
    public ProcessNode awaitReady() {
        // Patient: three JVMs starting at once on a shared 2-core machine have taken 80 s to be ready.
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
            .until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + port + " exited; see " + log.toAbsolutePath());
                }
                return readyStatus() == 200;
            });
        return this;
    }

    public int readyStatus() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * SIGSTOP: the node freezes mid-flight. Its sockets stay open and take bytes into the kernel's buffers, but
     * nothing is read, applied or answered, so whatever a client sends now is certainly unacknowledged.
     */
    public void freeze() {
        signal("STOP");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: the node gets no chance to say goodbye. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the node drains and leaves; returns its exit code. */
    public int terminate() {
        process.destroy();
        return awaitExit();
    }

    /** Waits for the node to exit by itself (a bad setting, a failed start) and returns its exit status. */
    public int awaitExitCode() {
        return awaitExit();
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("node " + port + " did not exit within 60 s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }
}

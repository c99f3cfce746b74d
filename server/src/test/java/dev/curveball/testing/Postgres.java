package dev.curveball.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from Debian's {@code postgresql} package (installed by {@code .ci/run}), in a temporary
 * directory on a free loopback port, for one test class. PostgreSQL refuses to run as root, so under root (as CI
 * runs) its commands run as the package's {@code postgres} system user.
 */
public final class Postgres implements AutoCloseable {
    private static final Path INSTALLS = Path.of("/usr/lib/postgresql");
    public static final String USER = "curveball";

    private final Path bin;
    private final Path dir;
    private final int port;

    private Postgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Creates a fresh cluster and starts it; fails, saying what to install, when PostgreSQL is missing. */
    public static Postgres start() {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("curveball-pg-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Postgres postgres = new Postgres(bin, dir, TestNode.freePort());
            if (asRoot()) {
                run(List.of("chown", "postgres", dir.toString()));
            }
            postgres.pg(List.of(bin.resolve("initdb").toString(), "-D", postgres.data().toString(), "-U", USER,
                "-A", "trust", "--no-sync", "-E", "UTF8"));
            postgres.resume();
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Stops the server at once, as a crash or an outage would: open connections break. */
    public void halt() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
    }

    /** Starts the server (again), on the same port and data; returns once it accepts connections. */
    public void resume() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("server.log").toString(),
            "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    @Override
    public void close() throws IOException {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void pg(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest installed major version's binaries. */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(INSTALLS)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin").resolve("initdb")))
                .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString())))
                .map(v -> v.resolve("bin"))
                .orElseThrow(() -> new IllegalStateException("no initdb under " + INSTALLS));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql): " + e, e);
        }
    }
}

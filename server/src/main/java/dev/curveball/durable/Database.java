package dev.curveball.durable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.curveball.config.Config;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database rooms are written to: a pool of connections to it, its schema migrated to the newest version before
 * anything reads or writes. Either the embedded H2 file under the data directory or a shared PostgreSQL.
 */
final class Database implements AutoCloseable {
    /** The embedded database's file name inside the data directory (H2 adds {@code .mv.db}). */
    static final String EMBEDDED_FILE = "curveball";
    /** How long a caller waits for a connection before the attempt counts as failed (the database is down). */
    private static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final HikariDataSource pool;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Connects and migrates; fails (leaving nothing open) when the database cannot be reached or migrated. */
    static Database open(Config.Store store) {
        String url = store.embedded() ? embeddedUrl(Path.of(store.dataDir())) : store.databaseUrl();
        Dialect dialect = Dialect.of(url);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("curveball-store");
        hikari.setJdbcUrl(url);
        if (!store.databaseUser().isEmpty()) {
            hikari.setUsername(store.databaseUser());
        }
        if (!store.databasePassword().isEmpty()) {
            hikari.setPassword(store.databasePassword());
        }
        hikari.setMaximumPoolSize(store.poolSize());
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        hikari.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(hikari);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, dialect);
    }

    /**
     * The H2 file in {@code dataDir}. H2 locks it, so a second process pointed at the same directory fails to start
     * instead of writing beside the first. Its own exit hook stays off: the node flushes its last writes while
     * shutting down, and closes the database after that. WRITE_DELAY=0 hands every commit to the operating system at
     * once, so a killed process loses nothing it had committed.
     */
    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_FILE)
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    DataSource dataSource() {
        return pool;
    }

    Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        pool.close();
    }
}

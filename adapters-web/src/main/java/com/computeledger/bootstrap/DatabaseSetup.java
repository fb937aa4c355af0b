package com.computeledger.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the database ready before anything uses it: the URL alone chooses the database (the JDBC driver
 * follows the URL's scheme, H2 or PostgreSQL); an embedded H2 file that another process holds is refused at
 * once, in one line; a PostgreSQL that comes up late is waited for, a bounded number of times, before the start
 * fails with a message that says so.
 */
final class DatabaseSetup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetup.class);
    private static final String H2_FILE = "jdbc:h2:file:";

    /** H2's error code for a database file that another process holds open ({@code ErrorCode.DATABASE_ALREADY_OPEN_1}). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** The H2 file URLs this process has found free (see {@link #refuseAFileInUse}). */
    private static final Set<String> FOUND_FREE = ConcurrentHashMap.newKeySet();

    /** The connections that found an H2 file free, held until a pool has the file open ({@link #awaitReachable}). */
    private static final Map<String, Connection> PROBES = new ConcurrentHashMap<>();

    private DatabaseSetup() {
    }

    /**
     * The connection pool on {@code database}, without tomcat-jdbc's statement facade: by default the pool wraps
     * every statement and result set in a reflective proxy (so that a closed statement can still answer
     * {@code equals}), and each {@code ResultSet.getObject} then costs a {@code Method.invoke} with its access
     * check: about 5 % of the CPU of a page of 50 deals (docs/adr/0033). JDBI and {@code JdbcQueries} close every
     * statement they open, so the facade protects nothing here.
     */
    static ManagedDataSource pool(DataSourceFactory database, MetricRegistry metrics, String name) {
        ManagedDataSource pool = database.build(metrics, name);
        if (pool instanceof DataSourceProxy tomcatPool) {
            tomcatPool.getPoolProperties().setUseStatementFacade(false);
        }
        return pool;
    }

    /**
     * Opens a connection, retrying up to {@code attempts} times {@code delay} apart; fails once they are spent.
     * An H2 database is tried once: it is embedded, so it never comes up later. Once the pool has the database open,
     * the connection that found an H2 file free is closed.
     */
    static void awaitReachable(DataSourceFactory database, DataSource dataSource, int attempts, Duration delay)
            throws InterruptedException {
        int tries = database.getUrl().startsWith("jdbc:h2:") ? 1 : attempts;
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                closeProbe(database.getUrl().strip());
                return;
            } catch (SQLException unreachable) {
                if (attempt >= tries) {
                    throw new IllegalStateException("the database could not be reached after " + tries
                            + (tries == 1 ? " attempt: " : " attempts: ") + unreachable.getMessage(), unreachable);
                }
                LOG.warn("Database not reachable yet (attempt {} of {}): {}", attempt, tries,
                        unreachable.getMessage());
                Thread.sleep(delay.toMillis());
            }
        }
    }

    /**
     * Sets the driver the URL names; on an H2 file, opens the file once before any pool does, so that a file
     * another process holds (H2 locks it while open) fails with a one-line {@link CommandFailure}. A file the early
     * check opened that is not the configured one (a {@code -Ddw.database.url} override) is let go.
     */
    static DataSourceFactory settle(DataSourceFactory database) {
        String url = database.getUrl().strip();
        PROBES.keySet().stream().filter(probed -> !probed.equals(url)).toList().forEach(DatabaseSetup::closeProbe);
        if (url.startsWith("jdbc:postgresql:")) {
            database.setDriverClass("org.postgresql.Driver");
        } else if (url.startsWith("jdbc:h2:")) {
            database.setDriverClass("org.h2.Driver");
            if (url.startsWith(H2_FILE)) {
                refuseAFileInUse(url, database.getUser(), database.getPassword());
            }
        } else {
            throw new IllegalArgumentException("database.url must start with jdbc:h2: or jdbc:postgresql:, not '"
                    + url + "'");
        }
        return database;
    }

    /**
     * Refuses a start on an H2 file that another process holds before the configuration is parsed and validated
     * (about a second on a small machine), so the one-line answer comes at once. It reads only the database
     * settings of the configuration file; what it cannot tell (an unreadable file, a {@code -Ddw.} override) is
     * left to {@link #settle}, which checks again on the parsed configuration.
     */
    static void refuseEarlyAFileInUse(Bootstrap<?> bootstrap, Namespace namespace) {
        String file = namespace.getString("file");
        if (file == null) {
            return;
        }
        JsonNode database;
        try (InputStream configuration = bootstrap.getConfigurationSourceProvider().open(file)) {
            database = new YAMLMapper().readTree(configuration).path("database");
        } catch (IOException | RuntimeException unreadable) {
            return; // the full parse reports it
        }
        String url = database.path("url").asText("").strip();
        if (url.startsWith(H2_FILE)) {
            refuseAFileInUse(url, database.path("user").asText(""), database.path("password").asText(""));
        }
    }

    /**
     * Opens the file once to see whether another process holds it. An open of a large file costs a second or more
     * (H2 reads its chunk map), so a file found free is not checked again by this process: a second open in the
     * same JVM would share the database anyway and could not tell. The connection stays open until
     * {@link #awaitReachable} has the pool's, so the file is read once per start.
     */
    private static void refuseAFileInUse(String url, String user, String password) {
        if (FOUND_FREE.contains(url)) {
            return;
        }
        try {
            // Held open until the pool has the file: the pool's first connection then shares the open database
            // instead of reading the chunk map again, and closing the probe neither closes nor compacts the file.
            PROBES.put(url, DriverManager.getConnection(url, user, password));
            FOUND_FREE.add(url);
        } catch (SQLException failure) {
            if (failure.getErrorCode() != H2_DATABASE_ALREADY_OPEN) {
                return; // any other failure is the pool's to report, as on every database
            }
            String file = Path.of(url.substring(H2_FILE.length()).split(";", 2)[0]).toAbsolutePath().normalize()
                    + ".mv.db";
            throw new CommandFailure("The database file " + file + " is in use by another process (the server or "
                    + "a command): stop that process first, or use PostgreSQL (DATABASE_URL=jdbc:postgresql://...) "
                    + "to run several processes on one database.");
        }
    }

    /** Closes the connection that found {@code url} free, if it is still held. */
    private static void closeProbe(String url) {
        Connection probe = PROBES.remove(url);
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException alreadyClosed) {
                LOG.debug("closing the connection that found {} free: {}", url, alreadyClosed.getMessage());
            }
        }
    }
}

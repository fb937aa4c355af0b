package com.computeledger.bootstrap;

import io.dropwizard.db.DataSourceFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the database ready before anything uses it: the URL alone chooses the database (the JDBC driver
 * follows the URL's scheme, H2 or PostgreSQL), and a database that comes up late is waited for, a bounded
 * number of times, before the start fails with a message that says so.
 */
final class DatabaseSetup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetup.class);

    private DatabaseSetup() {
    }

    /** Opens a connection, retrying up to {@code attempts} times {@code delay} apart; fails once they are spent. */
    static void awaitReachable(DataSource dataSource, int attempts, Duration delay) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                return;
            } catch (SQLException unreachable) {
                if (attempt >= attempts) {
                    throw new IllegalStateException("the database could not be reached after " + attempts
                            + " attempts: " + unreachable.getMessage(), unreachable);
                }
                LOG.warn("Database not reachable yet (attempt {} of {}): {}", attempt, attempts,
                        unreachable.getMessage());
                sleep(delay);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", interrupted);
        }
    }

    static DataSourceFactory settle(DataSourceFactory database) {
        String url = database.getUrl().strip();
        if (url.startsWith("jdbc:postgresql:")) {
            database.setDriverClass("org.postgresql.Driver");
        } else if (url.startsWith("jdbc:h2:")) {
            database.setDriverClass("org.h2.Driver");
        } else {
            throw new IllegalArgumentException("database.url must start with jdbc:h2: or jdbc:postgresql:, not '"
                    + url + "'");
        }
        return database;
    }
}

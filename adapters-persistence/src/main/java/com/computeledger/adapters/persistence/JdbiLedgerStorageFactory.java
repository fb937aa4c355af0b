package com.computeledger.adapters.persistence;

import com.computeledger.application.port.out.LedgerStorage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The persistence adapter as the composition root finds it ({@code META-INF/services}): JDBI on a data source,
 * whose schema the Flyway migrations in {@code db/migration} bring up to date.
 */
public final class JdbiLedgerStorageFactory implements LedgerStorage.Factory {

    /** Applies the pending migrations; a database that is up to date is left as it is. */
    @Override
    public void migrate(DataSource dataSource) {
        flyway(dataSource).migrate();
    }

    /** One line per known migration: version, description, state (applied, pending, ...). */
    @Override
    public List<String> describeMigrations(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().all())
                .map(migration -> String.format("%-8s %-28s %s", migration.getVersion(), migration.getDescription(),
                        migration.getState().getDisplayName()))
                .toList();
    }

    @Override
    public LedgerStorage open(DataSource dataSource) {
        return new JdbiPersistence(Jdbi.create(dataSource));
    }

    /**
     * On an H2 file database, {@code SHUTDOWN COMPACT}: H2 rewrites the file with only its live pages and closes
     * the database. With {@code WRITE_DELAY=0} H2 runs no background compaction and compacts for at most
     * {@code MAX_COMPACT_TIME} (200 ms) when it closes, so a bulk import would leave a file many times its
     * compacted size for good (docs/adr/0020). Other databases (in-memory H2, PostgreSQL) are left as they are.
     */
    @Override
    public void compact(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("shutdown compact");
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("compacting the database failed: " + failure.getMessage(), failure);
        }
    }

    /** On an H2 file database, {@link H2BulkLoad#prepare}; other databases are left as they are. */
    @Override
    public void prepareForBulkLoad(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                H2BulkLoad.prepare(connection);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("preparing the database for a bulk load failed: " + failure.getMessage(),
                    failure);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}

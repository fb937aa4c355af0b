package com.computeledger.adapters.persistence;

import com.computeledger.application.port.out.LedgerStorage;
import java.sql.Connection;
import java.sql.SQLException;
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
        onH2File(dataSource, "compacting the database", H2BulkLoad::compact);
    }

    /** On an H2 file database, {@link H2BulkLoad#prepare}; other databases are left as they are. */
    @Override
    public void prepareForBulkLoad(DataSource dataSource) {
        onH2File(dataSource, "preparing the database for a bulk load", H2BulkLoad::prepare);
    }

    /**
     * On an H2 file database, {@code SHUTDOWN COMPACT} as in {@link #compact}, then {@link #prepareForBulkLoad} on the
     * database reopened (docs/adr/0030). Other databases are left as they are.
     */
    @Override
    public void reclaimSpaceDuringBulkLoad(DataSource dataSource) {
        if (onH2File(dataSource, "compacting the database during a bulk load", H2BulkLoad::compact)) {
            prepareForBulkLoad(dataSource);
        }
    }

    /**
     * Runs {@code work} on a connection when {@code dataSource} is an H2 file database and answers whether it did; a
     * failure names {@code what}.
     */
    private static boolean onH2File(DataSource dataSource, String what, H2Work work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                return false;
            }
            work.on(connection);
            return true;
        } catch (SQLException failure) {
            throw new IllegalStateException(what + " failed: " + failure.getMessage(), failure);
        }
    }

    /** Something done on a connection to an H2 file database. */
    @FunctionalInterface
    private interface H2Work {
        void on(Connection connection) throws SQLException;
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}

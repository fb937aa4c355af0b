package com.computeledger.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiLedgerStorageFactoryTest {

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() throws Exception {
        DataSource database = TestDatabases.freshH2();
        int applied = appliedMigrations(database);

        new JdbiLedgerStorageFactory().migrate(database);

        assertThat(applied).isPositive();
        assertThat(appliedMigrations(database)).isEqualTo(applied);
    }

    @Test
    void compactingAnH2FileKeepsEveryRowAndGivesBackTheSpaceLeftUnused(@TempDir Path directory) throws Exception {
        JdbcDataSource database = migratedH2File(directory, "");
        JdbiLedgerStorageFactory factory = new JdbiLedgerStorageFactory();
        leaveUnusedSpaceAndKeepOneProvider(database);
        long before = Files.size(directory.resolve("ledger.mv.db"));

        factory.compact(database);

        assertThat(Files.size(directory.resolve("ledger.mv.db"))).isLessThan(before / 2);
        try (Connection connection = database.getConnection()) {
            assertThat(providerName(connection, "kept")).isEqualTo("Kept");
        }
    }

    @Test
    void reclaimingSpaceDuringABulkLoadCompactsAnH2FileAndLeavesItOpenAndTunedForTheRest(@TempDir Path directory)
            throws Exception {
        JdbcDataSource database = migratedH2File(directory, ";DB_CLOSE_DELAY=-1"); // stays open, as under a pool
        JdbiLedgerStorageFactory factory = new JdbiLedgerStorageFactory();
        factory.prepareForBulkLoad(database);
        leaveUnusedSpaceAndKeepOneProvider(database);
        long before = Files.size(directory.resolve("ledger.mv.db"));

        factory.reclaimSpaceDuringBulkLoad(database);

        assertThat(Files.size(directory.resolve("ledger.mv.db"))).isLessThan(before / 2);
        try (Connection connection = database.getConnection()) {
            assertThat(H2BulkLoad.autoCommitMemory(connection)).isEqualTo(H2BulkLoad.AUTO_COMMIT_MEMORY);
            assertThat(providerName(connection, "kept")).isEqualTo("Kept");
            connection.createStatement().execute("shutdown");
        }
    }

    @Test
    void preparingAnH2FileForABulkLoadRaisesItsWriteThresholdUntilItIsClosed(@TempDir Path directory) throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("ledger") + ";" + H2Defaults.portableSettings());
        try (Connection open = database.getConnection()) { // the database stays open while a connection is
            int threshold = H2BulkLoad.autoCommitMemory(open);

            new JdbiLedgerStorageFactory().prepareForBulkLoad(database);

            assertThat(threshold).isLessThan(H2BulkLoad.AUTO_COMMIT_MEMORY); // fails if H2 changes its internals
            assertThat(H2BulkLoad.autoCommitMemory(open)).isEqualTo(H2BulkLoad.AUTO_COMMIT_MEMORY);
        }
        try (Connection reopened = database.getConnection()) {
            assertThat(H2BulkLoad.autoCommitMemory(reopened)).isLessThan(H2BulkLoad.AUTO_COMMIT_MEMORY);
        }
    }

    @Test
    void compactingAnInMemoryDatabaseAtTheEndOrHalfwayThroughABulkLoadLeavesItOpen() throws Exception {
        DataSource database = TestDatabases.freshH2();
        int applied = appliedMigrations(database);
        JdbiLedgerStorageFactory factory = new JdbiLedgerStorageFactory();

        factory.reclaimSpaceDuringBulkLoad(database);
        assertThat(appliedMigrations(database)).isEqualTo(applied);

        factory.compact(database);
        assertThat(appliedMigrations(database)).isEqualTo(applied);
    }

    /** An H2 file database {@code ledger} in {@code directory}, with the shipped settings and {@code more}, migrated. */
    private static JdbcDataSource migratedH2File(Path directory, String more) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("ledger") + ";" + H2Defaults.portableSettings() + more);
        new JdbiLedgerStorageFactory().migrate(database);
        return database;
    }

    /** Commits and deletes 20 rounds of rows, whose pages stay in the file, and keeps one provider, "kept". */
    private static void leaveUnusedSpaceAndKeepOneProvider(DataSource database) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into provider (id, name, kind) values (?, ?, 'CLOUD')")) {
            for (int round = 0; round < 20; round++) { // each commit writes; the deleted rows' pages are left unused
                for (int row = 0; row < 2000; row++) {
                    insert.setString(1, "p" + row);
                    insert.setString(2, "n".repeat(150));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.createStatement().execute("delete from provider where id like 'p%'");
            }
            connection.createStatement()
                    .execute("insert into provider (id, name, kind) values ('kept', 'Kept', 'CLOUD')");
        }
    }

    private static String providerName(Connection connection, String id) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("select name from provider where id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static int appliedMigrations(DataSource database) throws Exception {
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("select count(*) from \"flyway_schema_history\" where success")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

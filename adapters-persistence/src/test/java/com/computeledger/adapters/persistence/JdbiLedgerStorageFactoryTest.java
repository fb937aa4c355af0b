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
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("ledger") + ";" + H2Defaults.portableSettings());
        JdbiLedgerStorageFactory factory = new JdbiLedgerStorageFactory();
        factory.migrate(database);
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
        long before = Files.size(directory.resolve("ledger.mv.db"));

        factory.compact(database);

        assertThat(Files.size(directory.resolve("ledger.mv.db"))).isLessThan(before / 2);
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("select name from provider where id = 'kept'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Kept");
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
    void compactingAnInMemoryDatabaseLeavesItOpen() throws Exception {
        DataSource database = TestDatabases.freshH2();
        int applied = appliedMigrations(database);

        new JdbiLedgerStorageFactory().compact(database);

        assertThat(appliedMigrations(database)).isEqualTo(applied);
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

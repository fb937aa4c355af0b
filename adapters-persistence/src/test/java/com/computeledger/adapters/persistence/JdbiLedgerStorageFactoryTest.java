package com.computeledger.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbiLedgerStorageFactoryTest {

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() throws Exception {
        DataSource database = TestDatabases.freshH2();
        int applied = appliedMigrations(database);

        new JdbiLedgerStorageFactory().migrate(database);

        assertThat(applied).isPositive();
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

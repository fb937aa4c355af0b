package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {

    @Test
    void aCommandsPoolLendsAWorkingConnectionRightAfterTheDatabaseWasClosedAndCompacted(@TempDir Path directory)
            throws Exception {
        DataSourceFactory settings = new DataSourceFactory();
        settings.setDriverClass("org.h2.Driver");
        settings.setUrl("jdbc:h2:file:" + directory.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE");
        settings.setUser("sa");
        settings.setPassword("");
        settings.setValidationInterval(Duration.seconds(30)); // what a configuration may say; commands override it
        ManagedDataSource database = LedgerCommand.dataSource(settings, "test");
        try {
            try (Connection connection = database.getConnection()) {
                connection.createStatement().execute("create table kept (id int)");
                connection.createStatement().execute("insert into kept values (7)");
            }
            try (Connection connection = database.getConnection()) { // as the import does halfway
                connection.createStatement().execute("shutdown compact");
            }

            try (Connection connection = database.getConnection();
                 ResultSet row = connection.createStatement().executeQuery("select id from kept")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(7);
            }
        } finally {
            database.stop();
        }
    }
}

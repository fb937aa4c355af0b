package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcPreparedStatement;
import org.h2.jdbc.JdbcResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSetupTest {

    private static final DataSourceFactory POSTGRES = settled("jdbc:postgresql://db:5432/ledger");

    @Test
    void waitsForADatabaseThatComesUpLate() throws Exception {
        DataSource late = mock(DataSource.class);
        when(late.getConnection()).thenThrow(new SQLException("connection refused"))
                .thenThrow(new SQLException("connection refused")).thenReturn(mock(Connection.class));

        DatabaseSetup.awaitReachable(POSTGRES, late, 5, Duration.ofMillis(1));

        verify(late, times(3)).getConnection();
    }

    @Test
    void givesUpAfterTheLastAttemptSayingWhy() throws Exception {
        DataSource down = mock(DataSource.class);
        when(down.getConnection()).thenThrow(new SQLException("connection refused"));

        assertThatThrownBy(() -> DatabaseSetup.awaitReachable(POSTGRES, down, 3, Duration.ofMillis(1)))
                .hasMessage("the database could not be reached after 3 attempts: connection refused");
        verify(down, times(3)).getConnection();
    }

    @Test
    void triesAnEmbeddedH2DatabaseOnceOnly() throws Exception {
        DataSource broken = mock(DataSource.class);
        when(broken.getConnection()).thenThrow(new SQLException("file corrupted"));

        assertThatThrownBy(() -> DatabaseSetup.awaitReachable(settled("jdbc:h2:mem:x"), broken, 30,
                Duration.ofSeconds(1)))
                .hasMessage("the database could not be reached after 1 attempt: file corrupted");
        verify(broken, times(1)).getConnection();
    }

    @Test
    void theDriverFollowsTheUrl() {
        assertThat(settled("jdbc:postgresql://db:5432/ledger").getDriverClass()).isEqualTo("org.postgresql.Driver");
        assertThat(settled("jdbc:h2:mem:x").getDriverClass()).isEqualTo("org.h2.Driver");
        assertThatThrownBy(() -> settled("jdbc:mysql://db/ledger")).hasMessageContaining("jdbc:h2: or jdbc:postgresql:");
    }

    @Test
    void thePoolLendsTheDriversOwnStatementsAndResultSets() throws Exception {
        DataSourceFactory settings = settled("jdbc:h2:mem:statements;DB_CLOSE_DELAY=-1");
        ManagedDataSource pool = DatabaseSetup.pool(settings, new MetricRegistry(), "test");
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement("select ? + 1")) {
            statement.setInt(1, 41);
            try (ResultSet row = statement.executeQuery()) {
                // No reflective facade between the caller and H2 (docs/adr/0033).
                assertThat(statement).isInstanceOf(JdbcPreparedStatement.class);
                assertThat(row).isInstanceOf(JdbcResultSet.class);
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(42);
            }
        } finally {
            pool.stop();
        }
    }

    @Test
    void theConnectionThatFoundAnH2FileFreeIsHeldUntilThePoolHasTheFileOpen(@TempDir Path directory) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE";
        DataSourceFactory settings = settled(url); // finds the file free
        settings.setInitialSize(1);
        settings.setMinSize(1);
        settings.setMaxSize(1);
        try (Connection beside = DriverManager.getConnection(url, "sa", "")) {
            assertThat(sessions(beside)).isEqualTo(2); // this one and the one that found the file free
        }
        ManagedDataSource pool = settings.build(new MetricRegistry(), "test");
        try {
            DatabaseSetup.awaitReachable(settings, pool, 1, Duration.ZERO);

            try (Connection pooled = pool.getConnection()) {
                assertThat(sessions(pooled)).isEqualTo(1); // the pool's only: the first one is closed
            }
        } finally {
            pool.stop();
        }
    }

    @Test
    void aFileFoundFreeThatTheConfigurationDoesNotNameIsLetGo(@TempDir Path directory) throws Exception {
        String early = "jdbc:h2:file:" + directory.resolve("early") + ";DB_CLOSE_ON_EXIT=FALSE";
        settled(early); // as the early check of a configuration file that -Ddw.database.url then overrides

        settled("jdbc:h2:file:" + directory.resolve("configured") + ";DB_CLOSE_ON_EXIT=FALSE");

        try (Connection beside = DriverManager.getConnection(early, "sa", "")) {
            assertThat(sessions(beside)).isEqualTo(1);
        }
    }

    private static int sessions(Connection connection) throws SQLException {
        try (ResultSet count = connection.createStatement()
                .executeQuery("select count(*) from information_schema.sessions")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static DataSourceFactory settled(String url) {
        DataSourceFactory database = new DataSourceFactory();
        database.setUrl(url);
        database.setDriverClass("org.h2.Driver");
        database.setUser("sa");
        database.setPassword("");
        return DatabaseSetup.settle(database);
    }
}

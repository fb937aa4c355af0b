package com.computeledger.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The admin port's health check {@code db}: healthy while a pooled connection answers within two seconds. */
final class DatabaseHealthCheck extends HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected Result check() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? Result.healthy()
                    : Result.unhealthy("the database did not answer within " + TIMEOUT_SECONDS + " s");
        }
    }
}

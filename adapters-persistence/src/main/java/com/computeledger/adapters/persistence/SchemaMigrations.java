package com.computeledger.adapters.persistence;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database to the current schema with the Flyway migrations in {@code db/migration}. */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Applies the pending migrations; a database that is up to date is left as it is. */
    public static void migrate(DataSource dataSource) {
        flyway(dataSource).migrate();
    }

    /** One line per known migration: version, description, state (applied, pending, ...). */
    public static List<String> describe(DataSource dataSource) {
        return Arrays.stream(flyway(dataSource).info().all())
                .map(migration -> String.format("%-8s %-28s %s", migration.getVersion(), migration.getDescription(),
                        migration.getState().getDisplayName()))
                .toList();
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}

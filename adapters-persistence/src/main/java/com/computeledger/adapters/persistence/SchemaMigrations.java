package com.computeledger.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database to the current schema with the Flyway migrations in {@code db/migration}. */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Applies the pending migrations; a database that is up to date is left as it is. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}

package com.computeledger.adapters.persistence;

import com.computeledger.application.port.out.LedgerStorage;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** The persistence adapter as the composition root finds it ({@code META-INF/services}): JDBI and Flyway on a data source. */
public final class JdbiLedgerStorageFactory implements LedgerStorage.Factory {

    @Override
    public void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
    }

    @Override
    public List<String> describeMigrations(DataSource dataSource) {
        return SchemaMigrations.describe(dataSource);
    }

    @Override
    public LedgerStorage open(DataSource dataSource) {
        return new JdbiPersistence(Jdbi.create(dataSource));
    }
}

package com.computeledger.adapters.persistence;

import com.computeledger.application.contract.OutPorts;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/** Fresh, migrated databases for the adapter's tests; the only place that knows how a test database is made. */
final class TestDatabases {

    private TestDatabases() {
    }

    /** A private in-memory H2 database in the production settings, migrated to the current schema. */
    static DataSource freshH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + H2Defaults.portableSettings());
        SchemaMigrations.migrate(dataSource);
        return dataSource;
    }

    /** The adapter's out-ports over {@code dataSource}. */
    static OutPorts portsOn(DataSource dataSource) {
        JdbiPersistence persistence = new JdbiPersistence(Jdbi.create(dataSource));
        return new OutPorts(persistence.deals(), persistence.providers(), persistence.accelerators(),
                persistence.statistics(), persistence.unitOfWork());
    }
}

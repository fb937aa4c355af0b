package com.computeledger.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.computeledger.application.port.out.LedgerStorage;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code db migrate CONFIG} applies the pending schema migrations without starting the service;
 * {@code db info CONFIG} lists every migration and its state. Both use the configured database.
 */
final class DatabaseCommand extends LedgerCommand {

    DatabaseCommand(PrintStream out) {
        super("db", "Migrates the database schema (db migrate) or lists its migrations (db info)", out);
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("migrate", "info").help("migrate: apply pending; info: list all");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<ComputeLedgerConfiguration> bootstrap, Namespace namespace,
                       ComputeLedgerConfiguration configuration) throws Exception {
        DataSourceFactory database = DatabaseSetup.settle(configuration.getDatabase());
        ManagedDataSource dataSource = database.build(new MetricRegistry(), "db-command");
        LedgerStorage.Factory storage = LedgerStorage.Factory.find();
        try {
            if ("migrate".equals(namespace.getString("action"))) {
                storage.migrate(dataSource);
                out.println("Schema is up to date.");
            }
            storage.describeMigrations(dataSource).forEach(out::println);
        } finally {
            dataSource.stop();
        }
    }
}

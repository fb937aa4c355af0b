package com.computeledger.bootstrap;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.io.PrintStream;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * A command of the ledger's command line: runs on the configured database, without the HTTP server, and prints
 * to {@code out}; a {@link CommandFailure} is one line on stderr. Its pool checks every connection before lending
 * it, since a command may close and reopen the database while it runs (the import compacts an H2 file halfway,
 * docs/adr/0030).
 */
abstract class LedgerCommand extends ConfiguredCommand<ComputeLedgerConfiguration> {

    protected final PrintStream out;

    LedgerCommand(String name, String description, PrintStream out) {
        super(name, description);
        this.out = out;
    }

    /** What the command does on {@code database}, which is closed again when it returns. */
    protected abstract void runOn(DataSource database, Namespace namespace) throws Exception;

    /** Refuses an H2 file in use before the configuration is parsed (see {@link DatabaseSetup}). */
    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        DatabaseSetup.refuseEarlyAFileInUse(bootstrap, namespace);
        super.run(bootstrap, namespace);
    }

    @Override
    protected final void run(Bootstrap<ComputeLedgerConfiguration> bootstrap, Namespace namespace,
                             ComputeLedgerConfiguration configuration) throws Exception {
        DataSourceFactory settings = DatabaseSetup.settle(configuration.database);
        ManagedDataSource database = dataSource(settings, getName());
        try {
            DatabaseSetup.awaitReachable(settings, database, 1, java.time.Duration.ZERO); // tried once, as before
            runOn(database, namespace);
        } finally {
            database.stop();
        }
    }

    /** The pool a command runs on: {@code settings}, but checking every connection before it lends it. */
    static ManagedDataSource dataSource(DataSourceFactory settings, String name) {
        settings.setCheckConnectionOnBorrow(true);
        settings.setValidationInterval(Duration.milliseconds(0));
        return DatabaseSetup.pool(settings, new MetricRegistry(), name);
    }
}

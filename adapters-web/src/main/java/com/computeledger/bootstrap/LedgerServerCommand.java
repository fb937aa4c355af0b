package com.computeledger.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Dropwizard's {@code server} command, except that it checks the database before it builds the server: a file in
 * use stops the start at once, before anything is logged, with the one line of a {@link CommandFailure}.
 */
final class LedgerServerCommand extends ServerCommand<ComputeLedgerConfiguration> {

    LedgerServerCommand(Application<ComputeLedgerConfiguration> application) {
        super(application);
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        DatabaseSetup.refuseEarlyAFileInUse(bootstrap, namespace);
        super.run(bootstrap, namespace);
    }

    @Override
    protected void run(Bootstrap<ComputeLedgerConfiguration> bootstrap, Namespace namespace,
                       ComputeLedgerConfiguration configuration) throws Exception {
        DatabaseSetup.settle(configuration.database);
        super.run(bootstrap, namespace, configuration);
    }
}

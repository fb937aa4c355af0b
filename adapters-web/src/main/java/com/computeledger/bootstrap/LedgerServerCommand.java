package com.computeledger.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import net.sourceforge.argparse4j.inf.Namespace;

/** Dropwizard's {@code server} command, except that a start refused by a {@link CommandFailure} is one line. */
final class LedgerServerCommand extends ServerCommand<ComputeLedgerConfiguration> {

    LedgerServerCommand(Application<ComputeLedgerConfiguration> application) {
        super(application);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable failure) {
        if (!CommandFailure.printedAsOneLine(cli, failure)) {
            super.onError(cli, namespace, failure);
        }
    }
}

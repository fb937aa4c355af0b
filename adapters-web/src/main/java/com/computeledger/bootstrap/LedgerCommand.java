package com.computeledger.bootstrap;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;

/** A command of the ledger's command line: prints to {@code out}; a {@link CommandFailure} is one line on stderr. */
abstract class LedgerCommand extends ConfiguredCommand<ComputeLedgerConfiguration> {

    protected final PrintStream out;

    LedgerCommand(String name, String description, PrintStream out) {
        super(name, description);
        this.out = out;
    }

    /** Refuses an H2 file in use before the configuration is parsed (see {@link DatabaseSetup}). */
    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        DatabaseSetup.refuseEarlyAFileInUse(bootstrap, namespace);
        super.run(bootstrap, namespace);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable failure) {
        if (!CommandFailure.printedAsOneLine(cli, failure)) {
            super.onError(cli, namespace, failure);
        }
    }
}

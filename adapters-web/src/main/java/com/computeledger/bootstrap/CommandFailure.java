package com.computeledger.bootstrap;

import io.dropwizard.core.cli.Cli;

/**
 * A command-line failure that its message fully explains (what is wrong and what to do): the command prints it
 * as one line on stderr, without a stack trace, and the process exits non-zero.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message, null, false, false);
    }

    /** Prints {@code failure} as one line if it is a {@code CommandFailure}; answers whether it did. */
    static boolean printedAsOneLine(Cli cli, Throwable failure) {
        if (failure instanceof CommandFailure explained) {
            cli.getStdErr().println(explained.getMessage());
            return true;
        }
        return false;
    }
}

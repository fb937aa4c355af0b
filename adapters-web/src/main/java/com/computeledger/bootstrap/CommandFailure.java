package com.computeledger.bootstrap;

/**
 * A command-line failure that its message fully explains (what is wrong and what to do). Dropwizard prints the
 * exception a command fails with on stderr; this one prints as its message alone, one line without a class name
 * or stack trace, and the process exits non-zero.
 */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message, null, false, false);
    }

    /** The message alone: what {@code printStackTrace} prints first, and here only. */
    @Override
    public String toString() {
        return getMessage();
    }
}

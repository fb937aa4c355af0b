package com.computeledger.application.port.out;

import java.util.function.Supplier;

/** Out-port: runs one use-case call as one transaction; every repository call inside it commits or rolls back together. */
public interface UnitOfWork {

    /** Runs {@code work} in a transaction, committing when it returns and rolling back when it throws. */
    <T> T inTransaction(Supplier<T> work);
}

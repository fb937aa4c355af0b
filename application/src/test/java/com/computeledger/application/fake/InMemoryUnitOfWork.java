package com.computeledger.application.fake;

import com.computeledger.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** Runs the work directly: the in-memory fakes have no transactions, so nothing is rolled back on failure. */
public final class InMemoryUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}

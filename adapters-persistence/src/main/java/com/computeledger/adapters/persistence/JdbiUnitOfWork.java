package com.computeledger.adapters.persistence;

import com.computeledger.application.port.out.UnitOfWork;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One JDBI transaction per use-case call. JDBI binds an open handle to the calling thread and hands it to
 * every nested {@code Jdbi.inTransaction}, which joins the transaction already open on it; so every
 * repository of this adapter runs its statements on the use case's handle, and they commit or roll back
 * together. Outside a unit of work each repository call is a transaction of its own. A database that cannot
 * be reached is reported as the out-ports' {@code StorageUnavailableException}, at this one edge (see
 * {@link SqlErrors#translated}).
 */
public final class JdbiUnitOfWork implements UnitOfWork {

    private final Jdbi jdbi;

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return withHandle(handle -> work.get());
    }

    /** Runs {@code statements} on the current transaction's handle, or in a transaction of their own. */
    public <T> T withHandle(Function<Handle, T> statements) {
        try {
            return jdbi.inTransaction(statements::apply);
        } catch (JdbiException failure) {
            throw SqlErrors.translated(failure);
        }
    }
}

package com.computeledger.adapters.persistence;

import com.computeledger.application.port.out.UnitOfWork;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One JDBI transaction per use-case call. The transaction's handle is bound to the calling thread, and
 * every repository of this adapter runs its statements on that handle, so they commit or roll back
 * together; nested calls join the outer transaction. Outside a unit of work each repository call is a
 * transaction of its own. A database that cannot be reached is reported as the out-ports'
 * {@code StorageUnavailableException}, at this one edge (see {@link SqlErrors#translated}).
 */
public final class JdbiUnitOfWork implements UnitOfWork {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (JdbiException failure) {
            throw SqlErrors.translated(failure);
        }
    }

    /** Runs {@code statements} on the current transaction's handle, or in a transaction of their own. */
    public <T> T withHandle(Function<Handle, T> statements) {
        Handle handle = current.get();
        if (handle != null) {
            return statements.apply(handle);
        }
        try {
            return jdbi.inTransaction(statements::apply);
        } catch (JdbiException failure) {
            throw SqlErrors.translated(failure);
        }
    }
}

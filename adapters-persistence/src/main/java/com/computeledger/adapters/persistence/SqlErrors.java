package com.computeledger.adapters.persistence;

import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

/** Reads the SQLSTATE of a failed statement; the codes used are standard and the same on H2 and PostgreSQL. */
public final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class 08: connection exception (refused, broken, lost). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL's admin shutdown, crash shutdown and "cannot connect now" (starting or stopping). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private SqlErrors() {
    }

    /** Runs an insert, turning a duplicate key into the out-ports' {@link AlreadyExistsException}. */
    public static void insertNew(String resource, Object id, Runnable insert) {
        try {
            insert.run();
        } catch (JdbiException failure) {
            if (causes(failure).anyMatch(cause -> cause instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                throw new AlreadyExistsException(resource, id);
            }
            throw failure;
        }
    }

    /**
     * The out-ports' {@link StorageUnavailableException} when {@code failure} means the database cannot be reached
     * (no connection from the pool, a connection refused or lost, the server shutting down); else {@code failure}.
     */
    public static RuntimeException translated(JdbiException failure) {
        boolean unreachable = causes(failure).anyMatch(cause -> cause instanceof ConnectionException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLException sql
                && sql.getSQLState() != null && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                || SERVER_GOING_AWAY.contains(sql.getSQLState())));
        return unreachable ? new StorageUnavailableException(failure) : failure;
    }

    /** {@code failure} and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
    }
}

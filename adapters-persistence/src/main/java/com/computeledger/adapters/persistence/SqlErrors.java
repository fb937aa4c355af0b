package com.computeledger.adapters.persistence;

import com.computeledger.application.error.AlreadyExistsException;
import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/** Reads the SQLSTATE of a failed statement; the codes used are standard and the same on H2 and PostgreSQL. */
final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /** Runs an insert, turning a duplicate key into the out-ports' {@link AlreadyExistsException}. */
    static void insertNew(String resource, Object id, Runnable insert) {
        try {
            insert.run();
        } catch (JdbiException failure) {
            if (isUniqueViolation(failure)) {
                throw new AlreadyExistsException(resource, id);
            }
            throw failure;
        }
    }

    /** Whether {@code failure} (or one of its causes) is a primary-key or unique-constraint violation. */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

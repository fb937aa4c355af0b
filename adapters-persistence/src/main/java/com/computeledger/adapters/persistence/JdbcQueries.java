package com.computeledger.adapters.persistence;

import com.computeledger.adapters.persistence.RecordRows.RowReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Constant queries of the hottest reads run as plain JDBC on a JDBI handle's connection, so inside the handle's
 * transaction: JDBI still opens, commits and closes it, and its failures still leave as JDBI exceptions, but each
 * statement skips JDBI's per-statement set-up (a copy of its configuration, the SQL template, argument factories,
 * cleanables), which cost as much CPU as H2's own work on a read by id and took the JIT compiler seconds to compile
 * (docs/adr/0034). A set of ids is one array parameter ({@code deal_id = any(?)}), which H2 and PostgreSQL both
 * answer from the index.
 */
public final class JdbcQueries {

    private JdbcQueries() {
    }

    /** The rows {@code sql} selects with {@code parameters} bound in order, each read by {@code reader}. */
    public static <R> List<R> list(Handle handle, String sql, RowReader<R> reader, Object... parameters) {
        Connection connection = handle.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index] instanceof IdSet ids
                        ? ids.array(connection) : parameters[index]);
            }
            List<R> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException failure) {
            throw new UnableToExecuteStatementException(failure, null);
        }
    }

    /** The only row {@code sql} selects, if any (see {@link #list}). */
    public static <R> Optional<R> one(Handle handle, String sql, RowReader<R> reader, Object... parameters) {
        List<R> rows = list(handle, sql, reader, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected one row at most, got " + rows.size() + ": " + sql);
        }
        return rows.stream().findFirst();
    }

    /** Ids bound as one SQL array of {@code uuid}, for {@code column = any(?)}. */
    public record IdSet(List<UUID> ids) {

        Array array(Connection connection) throws SQLException {
            return connection.createArrayOf("uuid", ids.toArray());
        }
    }
}

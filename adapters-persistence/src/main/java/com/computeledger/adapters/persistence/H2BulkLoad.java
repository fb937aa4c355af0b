package com.computeledger.adapters.persistence;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Lets H2 write a bulk load's pages once per transaction instead of every ~19 MB of changed pages
 * (docs/adr/0023). H2's MVStore writes the pages changed so far, committed or not, whenever their estimated
 * memory passes {@code autoCommitMemory} (19 x its 1 MB {@code autoCommitBufferSize}, which H2 sets for a
 * database and exposes neither as a URL setting nor as SQL). An import of a million deals changed about 5
 * index leaves per deal and so wrote a chunk every ~770 deals: writing those chunks was half of its CPU time,
 * and the index leaves they rewrote over and over, each write leaving the previous copy as garbage in a
 * partly live chunk, made the file grow to 16 times its compacted size. With the threshold above what one
 * transaction changes, H2 writes at each commit only (with {@code WRITE_DELAY=0} it does that anyway), so
 * each leaf is written once per batch.
 *
 * <p>The threshold is a private field of the MVStore, set here by reflection, for the database the import
 * has open (not persisted: the next open has H2's default again). Should a later H2 rename the field, the
 * import runs as before, only slower, and says so in a warning.
 *
 * <p>Each commit still rewrites the index leaves the batch touched, so the file grows about 2.3 times as fast as
 * its compacted size; {@link #compact} halfway through the import and at its end keeps it under twice the size
 * it ends with (docs/adr/0030).
 */
final class H2BulkLoad {

    /** Estimated page memory held before H2 writes without a commit: more than a batch of the import changes. */
    static final int AUTO_COMMIT_MEMORY = 1024 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(H2BulkLoad.class.getName());

    private H2BulkLoad() {
    }

    /** Raises the MVStore's write threshold of the H2 database {@code connection} is open on. */
    static void prepare(Connection connection) throws SQLException {
        MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                .getStore().getMvStore();
        try {
            Field threshold = MVStore.class.getDeclaredField("autoCommitMemory");
            threshold.setAccessible(true);
            threshold.setInt(store, Math.max(threshold.getInt(store), AUTO_COMMIT_MEMORY));
        } catch (ReflectiveOperationException | RuntimeException notThisH2) {
            LOG.warning("H2's MVStore has no settable autoCommitMemory (" + notThisH2
                    + "); the import runs with H2's default write threshold (slower, larger file while it runs)");
        }
    }

    /**
     * {@code SHUTDOWN COMPACT}: H2 rewrites the file with only its live pages and closes the database; the next
     * connection opens it again.
     */
    static void compact(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("shutdown compact");
        }
    }

    /** The write threshold in force, for tests. */
    static int autoCommitMemory(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                .getMvStore().getAutoCommitMemory();
    }
}

package com.computeledger.adapters.persistence;

/**
 * The settings of every H2 database the project opens (the file database of adapters-web/config.yml and
 * the in-memory ones of the tests).
 *
 * <p>{@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH} keeps the SQL portable to
 * PostgreSQL (docs/adr/0003). {@code WRITE_DELAY=0} makes H2 write each commit to the file before it
 * acknowledges it (its default delays writes by up to 500 ms), so an acknowledged write survives the JVM
 * being killed. {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing the database to the connection pool: H2's own
 * shutdown hook would otherwise close it under requests still in flight while the server stops gracefully.
 * {@code OPTIMIZE_REUSE_RESULTS=FALSE} turns off H2's reuse of a prepared query's last result when no table it
 * reads has changed since: that check races with commits on other connections (h2database issues 3894 and 4208),
 * and a deal read while revisions committed came back with another version's commitments about once in 10,000
 * reads even with its versions checked (docs/adr/0037).
 */
public final class H2Defaults {

    private H2Defaults() {
    }

    /** The settings to append to an H2 URL. */
    public static String portableSettings() {
        return "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;"
                + "OPTIMIZE_REUSE_RESULTS=FALSE";
    }
}

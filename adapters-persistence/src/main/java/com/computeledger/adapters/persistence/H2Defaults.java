package com.computeledger.adapters.persistence;

/**
 * The embedded H2 database used when no other is configured.
 *
 * <p>{@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH} keeps the SQL portable to
 * PostgreSQL (docs/adr/0003). {@code WRITE_DELAY=0} makes H2 write each commit to the file before it
 * acknowledges it (its default delays writes by up to 500 ms), so an acknowledged write survives the JVM
 * being killed.
 */
public final class H2Defaults {

    /** A file database under {@code ./data} relative to the working directory; created on first use. */
    public static final String DEFAULT_H2_URL = "jdbc:h2:file:./data/ledger;" + portableSettings();

    private H2Defaults() {
    }

    /** The settings appended to every H2 URL the project builds (file or in-memory). */
    public static String portableSettings() {
        return "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }
}

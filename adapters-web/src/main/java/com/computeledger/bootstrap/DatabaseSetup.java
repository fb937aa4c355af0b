package com.computeledger.bootstrap;

import io.dropwizard.db.DataSourceFactory;

/** Lets the URL alone choose the database: the JDBC driver always follows the URL's scheme (H2 or PostgreSQL). */
final class DatabaseSetup {

    private DatabaseSetup() {
    }

    static DataSourceFactory settle(DataSourceFactory database) {
        String url = database.getUrl().strip();
        if (url.startsWith("jdbc:postgresql:")) {
            database.setDriverClass("org.postgresql.Driver");
        } else if (url.startsWith("jdbc:h2:")) {
            database.setDriverClass("org.h2.Driver");
        } else {
            throw new IllegalArgumentException("database.url must start with jdbc:h2: or jdbc:postgresql:, not '"
                    + url + "'");
        }
        return database;
    }
}

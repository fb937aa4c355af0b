/** Flyway's Java migrations (the SQL ones live in resources/db/migration); found by Flyway's classpath scan. */
package db.migration;

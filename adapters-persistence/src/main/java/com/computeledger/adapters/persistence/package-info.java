/**
 * The persistence adapter: out-port implementations on JDBI 3 SqlObject DAOs, Flyway migrations, and the
 * rows ⇄ domain mapping. Runs on embedded H2 (default) and PostgreSQL with the same SQL.
 */
package com.computeledger.adapters.persistence;

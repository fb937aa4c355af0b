package com.computeledger.bootstrap;

import com.computeledger.application.port.out.LedgerStorage;
import java.io.PrintStream;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code db migrate CONFIG} applies the pending schema migrations without starting the service;
 * {@code db info CONFIG} lists every migration and its state. Both use the configured database.
 */
final class DatabaseCommand extends LedgerCommand {

    DatabaseCommand(PrintStream out) {
        super("db", "Migrates the database schema (db migrate) or lists its migrations (db info)", out);
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("migrate", "info").help("migrate: apply pending; info: list all");
        super.configure(subparser);
    }

    @Override
    protected void runOn(DataSource database, Namespace namespace) {
        LedgerStorage.Factory storage = LedgerStorage.Factory.find();
        if ("migrate".equals(namespace.getString("action"))) {
            storage.migrate(database);
            out.println("Schema is up to date.");
        }
        storage.describeMigrations(database).forEach(out::println);
    }
}

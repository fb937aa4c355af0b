package com.computeledger.bootstrap;

import com.computeledger.adapters.cli.DealCsvImporter.ImportReport;
import com.computeledger.adapters.cli.DealCsvImporter;
import com.computeledger.application.port.out.LedgerStorage;
import com.computeledger.domain.shared.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code import FILE.csv CONFIG}: bulk-records deals from CSV (UTF-8), storing the good rows and naming each bad
 * one, then compacts the database (on H2 the file would otherwise keep the space the import used up); exits 0
 * only when every row was stored.
 */
final class ImportCommand extends LedgerCommand {

    ImportCommand(PrintStream out) {
        super("import", "Imports deals from a CSV file (layout: docs and DealCsv)", out);
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("csv").help("the CSV file to import");
        super.configure(subparser);
    }

    @Override
    protected void runOn(DataSource database, Namespace namespace) throws IOException {
        LedgerStorage.Factory.find().prepareForBulkLoad(database);
        DealCsvImporter importer = new DealCsvImporter(LedgerServices.open(database).deals(), out);
        ImportReport report;
        try (BufferedReader csv = Files.newBufferedReader(Path.of(namespace.getString("csv")))) {
            report = importer.importFrom(csv, new Actor("csv-import"));
        }
        if (report.stored() > 0) {
            LedgerStorage.Factory.find().compact(database); // the last use of the database (it may close it)
        }
        report.badRows().forEach(row -> out.println("line " + row.line() + ": " + row.reason()));
        String summary = String.format(Locale.ROOT, "%,d rows imported, %,d rows refused", report.stored(),
                report.badRows().size());
        if (!report.badRows().isEmpty()) {
            throw new CommandFailure(summary); // exit code 1: a script must not take a partial import for a whole one
        }
        out.println(summary);
    }
}

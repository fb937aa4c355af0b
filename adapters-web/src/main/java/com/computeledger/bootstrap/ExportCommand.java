package com.computeledger.bootstrap;

import com.computeledger.adapters.cli.LedgerBackup.Section;
import com.computeledger.adapters.cli.LedgerExporter;
import com.computeledger.adapters.cli.Progress;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code export [--format json|csv] OUTPUT CONFIG}: writes the whole ledger as a backup (docs/backup.md) — a JSON file,
 * or a folder of CSV files (one per kind of record) for spreadsheets — that {@code import} restores. Runs beside a running service on
 * PostgreSQL; on the embedded H2 file the service must be stopped.
 */
final class ExportCommand extends LedgerCommand {

    private final ObjectMapper json;

    /** An export that writes JSON with {@code json}, the application's object mapper. */
    ExportCommand(PrintStream out, ObjectMapper json) {
        super("export", "Exports the whole ledger: a JSON file, or a folder of CSV files", out);
        this.json = json;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--format").choices("json", "csv").setDefault("json")
                .help("json (one file) or csv (a folder: providers.csv, accelerators.csv, deals.csv)");
        subparser.addArgument("output").help("the file (json) or folder (csv) to write");
        super.configure(subparser);
    }

    @Override
    protected void runOn(DataSource database, Namespace namespace) throws IOException {
        LedgerServices ledger = LedgerServices.open(database);
        LedgerExporter exporter = new LedgerExporter(ledger.inPorts(), json, ledger.clock());
        Path output = Path.of(namespace.getString("output"));
        Progress progress = Progress.of(out, "deals");
        Map<Section, Long> written;
        if ("csv".equals(namespace.getString("format"))) {
            written = exporter.csv(output, progress);
        } else {
            try (Writer file = Files.newBufferedWriter(output)) {
                written = exporter.json(file, progress);
            }
        }
        out.println(Arrays.stream(Section.values()).map(section -> written.get(section) + " " + section.label)
                .collect(Collectors.joining(", ")) + " exported to " + output);
    }
}

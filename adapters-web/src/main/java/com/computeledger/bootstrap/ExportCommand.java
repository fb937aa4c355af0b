package com.computeledger.bootstrap;

import com.computeledger.adapters.cli.DealExporter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code export --format csv|json FILE CONFIG}: writes every deal to a file (UTF-8). */
final class ExportCommand extends LedgerCommand {

    private final ObjectMapper json;

    /** An export that writes JSON with {@code json}, the application's object mapper. */
    ExportCommand(PrintStream out, ObjectMapper json) {
        super("export", "Exports every deal to a CSV or JSON file", out);
        this.json = json;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--format").choices("csv", "json").setDefault("csv").help("csv or json");
        subparser.addArgument("output").help("the file to write");
        super.configure(subparser);
    }

    @Override
    protected void runOn(DataSource database, Namespace namespace) throws IOException {
        DealExporter exporter = new DealExporter(LedgerServices.open(database).deals());
        try (Writer file = Files.newBufferedWriter(Path.of(namespace.getString("output")))) {
            int written = "json".equals(namespace.getString("format")) ? exporter.json(file, json) : exporter.csv(file);
            out.printf("%d deals exported to %s%n", written, namespace.getString("output"));
        }
    }
}

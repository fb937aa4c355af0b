package com.computeledger.bootstrap;

import com.computeledger.adapters.cli.DealExporter;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code export --format csv|json FILE CONFIG}: writes every deal to a file. */
final class ExportCommand extends LedgerCommand {

    ExportCommand(PrintStream out) {
        super("export", "Exports every deal to a CSV or JSON file", out);
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--format").choices("csv", "json").setDefault("csv").help("csv (default) or json");
        subparser.addArgument("output").help("the file to write");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<ComputeLedgerConfiguration> bootstrap, Namespace namespace,
                       ComputeLedgerConfiguration configuration) throws Exception {
        try (CommandServices services = new CommandServices(configuration);
             Writer file = Files.newBufferedWriter(Path.of(namespace.getString("output")), StandardCharsets.UTF_8)) {
            DealExporter exporter = new DealExporter(services.deals());
            int written = "json".equals(namespace.getString("format"))
                    ? exporter.json(file, bootstrap.getObjectMapper()) : exporter.csv(file);
            out.printf("%d deals exported to %s%n", written, namespace.getString("output"));
        }
    }
}

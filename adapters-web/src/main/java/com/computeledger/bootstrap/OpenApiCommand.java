package com.computeledger.bootstrap;

import com.computeledger.adapters.web.platform.openapi.OpenApiDocument;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code openapi [FILE]}: writes the API's OpenAPI document, the one {@code /openapi.json} serves, without starting
 * the service or opening a database: for client generators and contract checks in a build.
 */
final class OpenApiCommand extends Command {

    private final PrintStream out;

    OpenApiCommand(PrintStream out) {
        super("openapi", "Writes the OpenAPI document of the API (JSON) to a file, or to standard output");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("output").nargs("?").help("the file to write; standard output when absent");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        String document = OpenApiDocument.json();
        String output = namespace.getString("output");
        if (output == null) {
            out.println(document);
            return;
        }
        Path file = Path.of(output);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, document, StandardCharsets.UTF_8);
        out.printf("OpenAPI document written to %s%n", output);
    }
}

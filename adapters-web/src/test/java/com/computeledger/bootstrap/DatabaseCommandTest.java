package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.H2Defaults;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db info} and {@code db migrate} from the command line, on an H2 file database. */
class DatabaseCommandTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @AfterEach
    void forgetTheOverride() {
        System.clearProperty("dw.database.url");
    }

    @Test
    void infoListsPendingMigrationsAndMigrateAppliesThem() {
        System.setProperty("dw.database.url", "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";"
                + H2Defaults.portableSettings());

        assertThat(run("db", "info")).isEmpty();
        assertThat(output()).contains("ledger schema", "Pending").doesNotContain("Success");

        printed.reset();
        assertThat(run("db", "migrate")).isEmpty();
        assertThat(output()).contains("Schema is up to date.", "provider totals", "Success").doesNotContain("Pending");
    }

    @Test
    void anUnknownActionIsRefused() {
        assertThat(run("db", "drop")).isPresent();
    }

    private Optional<Throwable> run(String... arguments) {
        ComputeLedgerApplication application =
                new ComputeLedgerApplication(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Bootstrap<ComputeLedgerConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        String[] all = new String[arguments.length + 1];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = ResourceHelpers.resourceFilePath("test-config.yml");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Cli(new JarLocation(getClass()), bootstrap, quiet, quiet).run(all);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}

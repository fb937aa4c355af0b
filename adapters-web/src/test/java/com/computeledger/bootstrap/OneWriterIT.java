package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.cli.DealCsv;
import com.computeledger.adapters.persistence.H2Defaults;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer on the embedded H2 file: while the packaged service runs on it (a separate process, which holds
 * H2's file lock), a second server and every command on the same file stop at once — no retries — with one line
 * that names the file and says what to do. Run in this JVM, once its classes are loaded, each is timed without
 * the cost of starting a JVM; run as the packaged jar, each exits non-zero and prints that line and no stack
 * trace.
 */
class OneWriterIT {

    private static final Duration PROMISED = Duration.ofSeconds(2);
    /** Far below the 30 attempts (35 s) a start spent retrying before; far above a loaded JVM's start. */
    private static final Duration PROCESS_BOUND = Duration.ofSeconds(15);

    @TempDir
    Path directory;

    @Test
    void aSecondProcessOnTheFileStopsAtOnceWithOneLineSayingWhatToDo() throws Exception {
        Path csv = Files.writeString(directory.resolve("deals.csv"), DealCsv.HEADER + "\n");
        String file = directory.resolve("ledger.mv.db").toAbsolutePath().toString();
        List<List<String>> seconds = List.of(List.of("server"), List.of("import", csv.toString()),
                List.of("export", directory.resolve("out.csv").toString()), List.of("db", "info"),
                List.of("api-key", "list"));
        try (LedgerProcess server = LedgerProcess.start(directory)) {
            assertThat(runHere(seconds.get(0)).exitCode()).as("warm-up: loads the classes of a start").isNotZero();
            for (List<String> second : seconds) {
                Finished inThisJvm = runHere(second);
                assertThat(inThisJvm.exitCode()).as("%s: failed", second).isNotZero();
                assertThat(inThisJvm.took()).as("%s: time to fail", second).isLessThan(PROMISED);
                assertThat(inThisJvm.output()).as("%s: stderr", second).singleElement()
                        .satisfies(line -> assertThat(line).contains(file, "PostgreSQL"));
            }
            for (List<String> second : List.of(seconds.get(0), seconds.get(4))) {
                Finished process = runJar(second);
                assertThat(process.exitCode()).as("%s: exit code", second).isNotZero();
                assertThat(process.took()).as("%s: time to exit", second).isLessThan(PROCESS_BOUND);
                assertThat(process.output()).as("%s: output", second)
                        .noneMatch(line -> line.contains("at com.") || line.contains("Exception"))
                        .filteredOn(line -> line.contains(file) && line.contains("PostgreSQL")).hasSize(1);
            }
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/api/v1/providers")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("the first server is undisturbed")
                    .isEqualTo(200);
        }
    }

    /** Runs the command line in this JVM, as {@code main} does but without its exit; exit code 1 if it failed. */
    private Finished runHere(List<String> arguments) {
        System.setProperty("dw.database.url", "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";"
                + H2Defaults.portableSettings());
        try {
            ComputeLedgerApplication application = new ComputeLedgerApplication();
            Bootstrap<ComputeLedgerConfiguration> bootstrap = new Bootstrap<>(application);
            application.addDefaultCommands(bootstrap);
            application.initialize(bootstrap);
            List<String> all = new ArrayList<>(arguments);
            all.add(ResourceHelpers.resourceFilePath("test-config.yml"));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            long started = System.nanoTime();
            boolean failed = new Cli(new JarLocation(getClass()), bootstrap, new ByteArrayOutputStream(), errors)
                    .run(all.toArray(String[]::new)).isPresent();
            return new Finished(failed ? 1 : 0, Duration.ofNanos(System.nanoTime() - started),
                    errors.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.clearProperty("dw.database.url");
        }
    }

    /** Runs the packaged jar as a process of its own; its output is stdout and stderr together. */
    private Finished runJar(List<String> arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile(directory, "second", ".log");
        long started = System.nanoTime();
        Process process = LedgerProcess.jar(directory, LedgerProcess.freePort(), arguments.toArray(String[]::new))
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(PROCESS_BOUND.toSeconds() * 2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(arguments + " still running after " + PROCESS_BOUND.multipliedBy(2));
        }
        return new Finished(process.exitValue(), Duration.ofNanos(System.nanoTime() - started),
                Files.readAllLines(output, StandardCharsets.UTF_8));
    }

    /** How a run ended, how long it took, and what it printed. */
    private record Finished(int exitCode, Duration took, List<String> output) {
    }
}

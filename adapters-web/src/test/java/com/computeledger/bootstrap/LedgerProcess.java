package com.computeledger.bootstrap;

import com.computeledger.adapters.persistence.H2Defaults;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code compute-ledger.jar}, path in the system property {@code ledger.jar}) running as
 * a separate process on 127.0.0.1 ports of its own over an H2 file, exactly as the README starts it, so that
 * a test can kill it with SIGKILL or stop it with SIGTERM. Its output is kept for the test to read.
 */
final class LedgerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern DEMO_KEY = Pattern.compile("export KEY=(cl_\\S+)");

    private final Process process;
    private final int port;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private LedgerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::readOutput, "ledger-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar on the H2 file under {@code directory} and waits until it answers. */
    static LedgerProcess start(Path directory) {
        return start(directory, Map.of());
    }

    /** Starts the jar with {@code environment} added (such as {@code RATE_LIMIT_ENABLED}) and waits until it answers. */
    static LedgerProcess start(Path directory, Map<String, String> environment) {
        int port = freePort();
        try {
            ProcessBuilder server = jar(directory, port, "server");
            server.environment().putAll(environment);
            LedgerProcess ledger = new LedgerProcess(server.start(), port);
            ledger.awaitReady();
            return ledger;
        } catch (IOException failure) {
            throw new UncheckedIOException("the packaged service did not start", failure);
        }
    }

    /** Starts the jar's command {@code arguments} (such as {@code import FILE}) on the H2 file under {@code directory}. */
    static LedgerProcess command(Path directory, String... arguments) {
        try {
            return new LedgerProcess(jar(directory, freePort(), arguments).start(), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException("the command did not start", failure);
        }
    }

    /**
     * The jar run as the README runs it ({@code java -jar compute-ledger.jar ARGUMENTS config.yml}) on the H2 file
     * under {@code directory}, its API on {@code port} and its admin port on a free one; stderr merged into stdout.
     */
    static ProcessBuilder jar(Path directory, int port, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("ledger.jar")));
        command.addAll(List.of(arguments));
        command.add(Path.of("config.yml").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("ADMIN_PORT", String.valueOf(freePortOtherThan(port)));
        builder.environment().put("DATABASE_URL", "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath()
                + ";" + H2Defaults.portableSettings());
        return builder;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return path.startsWith("http") ? URI.create(path) : URI.create("http://127.0.0.1:" + port + path);
    }

    /** The demo key's token, as the first start printed it. */
    String demoKey() {
        return output.stream().map(DEMO_KEY::matcher).filter(Matcher::find).map(match -> match.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo key in the output:\n" + String.join("\n", output)));
    }

    /** Everything the process printed so far. */
    List<String> output() {
        return List.copyOf(output);
    }

    /** SIGKILL: the process ends at once, with no chance to flush or close anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /**
     * SIGTERM: the service stops accepting, lets requests in flight finish, then exits. Sent through the process's
     * handle: {@code Process.destroy} would also close our end of its output, losing what it prints while stopping.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Waits (bounded) for the process to end; returns its exit code. */
    int awaitExit() {
        try {
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the service did not exit within 45 s");
            }
            return process.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited while starting:\n" + String.join("\n", output));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/api/v1/providers"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            pause();
        }
        close();
        throw new AssertionError("the service did not answer within " + START_TIMEOUT);
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException ended) {
            // the process is gone; what it printed is kept
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * A free port other than {@code taken}: the port just handed out is free again once its socket closes, and the
     * system may hand it out once more (a run gave the API and the admin connector the same one).
     */
    static int freePortOtherThan(int taken) {
        int port = freePort();
        while (port == taken) {
            port = freePort();
        }
        return port;
    }
}

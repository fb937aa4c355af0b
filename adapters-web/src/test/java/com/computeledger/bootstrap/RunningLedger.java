package com.computeledger.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.computeledger.adapters.persistence.H2Defaults;
import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.domain.access.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged application running in the test JVM on random ports over an H2 file, and a small HTTP
 * client for it (java.net.http, so the tests speak HTTP exactly as any client does). Start one by hand, or
 * let JUnit start one per test class: {@code @RegisterExtension static final RunningLedger ledger =
 * RunningLedger.perClass();} (a fresh H2 file in a temporary directory, stopped and deleted after the class).
 */
final class RunningLedger implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String configFile;
    private final ConfigOverride[] perClassOverrides;
    private DropwizardTestSupport<ComputeLedgerConfiguration> app;
    private String adminToken;
    private Path perClassDirectory;

    /** A per-class ledger on {@code configFile} (which must ask for random ports) with {@code perClassOverrides}. */
    private RunningLedger(String configFile, ConfigOverride... perClassOverrides) {
        this.configFile = configFile;
        this.perClassOverrides = perClassOverrides;
    }

    /** A ledger that JUnit starts before the tests of the class that registers it, and stops after them. */
    static RunningLedger perClass(ConfigOverride... overrides) {
        return new RunningLedger(ResourceHelpers.resourceFilePath("test-config.yml"), overrides);
    }

    /** A per-class ledger on the shipped config.yml, as the README runs it, but on random ports. */
    static RunningLedger shipped() {
        return new RunningLedger(Path.of("config.yml").toAbsolutePath().toString(),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        perClassDirectory = Files.createTempDirectory("compute-ledger-test");
        launch(h2Url(perClassDirectory), "sa", perClassOverrides);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        try (Stream<Path> files = Files.walk(perClassDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Starts the application on the H2 file database {@code directory/ledger}. */
    static RunningLedger start(Path directory, ConfigOverride... overrides) {
        return startOn(h2Url(directory), "sa", overrides);
    }

    /** Starts the application on the database at {@code jdbcUrl}, as {@code user}. */
    static RunningLedger startOn(String jdbcUrl, String user, ConfigOverride... overrides) {
        return perClass().launch(jdbcUrl, user, overrides);
    }

    private static String h2Url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";" + H2Defaults.portableSettings();
    }

    private RunningLedger launch(String jdbcUrl, String user, ConfigOverride... overrides) {
        ConfigOverride[] all = Stream.concat(Stream.of(ConfigOverride.config("database.url", jdbcUrl),
                ConfigOverride.config("database.user", user)), Stream.of(overrides)).toArray(ConfigOverride[]::new);
        DropwizardTestSupport<ComputeLedgerConfiguration> app = new DropwizardTestSupport<>(
                ComputeLedgerApplication.class, configFile, all);
        try {
            app.before();
        } catch (Exception failure) {
            app.after(); // also takes back the configuration overrides, which are JVM-wide system properties
            throw new IllegalStateException("the application did not start", failure);
        }
        this.app = app;
        this.adminToken = issueKey("test-admin-" + UUID.randomUUID().toString().substring(0, 8), Role.ADMIN);
        return this;
    }

    /** Issues an API key on the running ledger's database, as the {@code api-key create} command does. */
    String issueKey(String name, Role role) {
        try {
            return withCommandServices(services -> services.apiKeys().issue(name, role).token());
        } catch (Exception failure) {
            throw new IllegalStateException("could not issue an API key", failure);
        }
    }

    /**
     * Runs {@code use} on the services a command-line command would open on the running ledger's database (a pool
     * of its own, closed again afterwards).
     */
    <T> T withCommandServices(CommandUse<T> use) throws Exception {
        ManagedDataSource database = DatabaseSetup.settle(app.getConfiguration().database)
                .build(new MetricRegistry(), "test-command");
        try {
            return use.on(LedgerServices.open(database));
        } finally {
            database.stop();
        }
    }

    /** What a test does with the services of a command. */
    @FunctionalInterface
    interface CommandUse<T> {
        T on(LedgerServices services) throws Exception;
    }

    /** Runs {@code statement} on the running ledger's database directly, as a manual fix or an older version could. */
    int sql(String statement) {
        DataSourceFactory database = app.getConfiguration().database;
        try (Connection connection = DriverManager.getConnection(database.getUrl(), database.getUser(),
                database.getPassword()); Statement sql = connection.createStatement()) {
            return sql.executeUpdate(statement);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not run " + statement, failure);
        }
    }

    /** The {@code Authorization} header of an admin key; every write of this client sends it unless told otherwise. */
    Map<String, String> adminAuthorization() {
        return Map.of("Authorization", "Bearer " + adminToken);
    }

    HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> admin(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getAdminPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()), Map.of());
    }

    /** The running server (its connectors, for instance). */
    Server server() {
        return app.getEnvironment().getApplicationContext().getServer();
    }

    /** The types of every component the running application registered with Jersey (resources, providers, binders). */
    Set<Class<?>> jerseyComponents() {
        ResourceConfig registered = app.getEnvironment().jersey().getResourceConfig();
        Set<Class<?>> components = new HashSet<>(registered.getClasses());
        registered.getSingletons().forEach(singleton -> components.add(singleton.getClass()));
        return components;
    }

    /** Every route under {@code /api/} that the running application serves, read from its registered resources. */
    Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Class<?> component : jerseyComponents()) {
            if (!component.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            Resource resource = Resource.from(component);
            if (!resource.getResourceMethods().isEmpty()) {
                routes.add(resource.getPath());
            }
            resource.getChildResources().forEach(child -> routes.add(resource.getPath()
                    + (child.getPath().startsWith("/") ? "" : "/") + child.getPath()));
        }
        routes.removeIf(route -> !route.startsWith("/api/"));
        return routes;
    }

    HttpResponse<String> post(String path, String json, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)),
                withJson(headers));
    }

    HttpResponse<String> put(String path, String json, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)),
                withJson(headers));
    }

    /** A JSON merge patch (RFC 7396), with the admin key unless {@code headers} name another. */
    HttpResponse<String> patch(String path, String json, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("Content-Type", "application/merge-patch+json");
        return send(HttpRequest.newBuilder(uri(path)).method("PATCH", HttpRequest.BodyPublishers.ofString(json)),
                withJson(all));
    }

    /** A request without a body, with exactly {@code headers}. */
    HttpResponse<String> request(String method, String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()), headers);
    }

    /** Sends {@code request} byte for byte, as no HTTP client library would, and returns the whole response. */
    String raw(String request) {
        return RawHttp.exchange("127.0.0.1", app.getLocalPort(), request);
    }

    /** The body of {@code response}, parsed as strictly as the strictest client would. */
    static JsonNode json(HttpResponse<String> response) {
        return WebTestSupport.strictJson(response.body());
    }

    URI uri(String path) {
        return path.startsWith("http") ? URI.create(path) : URI.create("http://127.0.0.1:" + app.getLocalPort() + path);
    }

    @Override
    public void close() {
        app.after();
    }

    /** A write without any API key, as an anonymous client sends it. */
    HttpResponse<String> postAnonymously(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)),
                Map.of("Content-Type", "application/json"));
    }

    private Map<String, String> withJson(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("Content-Type", "application/json");
        all.putIfAbsent("Authorization", "Bearer " + adminToken);
        return all;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), WebTestSupport.STRICT_UTF8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

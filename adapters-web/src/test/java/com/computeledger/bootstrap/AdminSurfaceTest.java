package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin port as shipped (config.yml): it listens on this machine only and offers its health check and
 * ping, nothing else; the thread dump, CPU profile, metrics and tasks answer only when switched on.
 */
class AdminSurfaceTest {

    /** The requests of the diagnostics: method and path. */
    private static final List<List<String>> DIAGNOSTICS = List.of(List.of("GET", "/threads"),
            List.of("GET", "/pprof?duration=1"), List.of("GET", "/metrics"), List.of("POST", "/tasks/gc"),
            List.of("POST", "/tasks/log-level?logger=com.computeledger.bootstrap.AdminSurfaceTest&level=INFO"));

    // Configuration overrides are JVM-wide while a ledger runs: the one with the switch on must start second.
    @Order(1)
    @RegisterExtension
    static final RunningLedger shipped = RunningLedger.shipped();

    @Order(2)
    @RegisterExtension
    static final RunningLedger switchedOn = RunningLedger.perClass(
            ConfigOverride.config("adminDiagnostics.enabled", "true"));

    @Test
    void theAdminPortListensOnLoopbackOnlyTheApiOnEveryInterface() throws IOException {
        ServerConnector admin = connector("admin");
        InetSocketAddress bound = (InetSocketAddress) ((ServerSocketChannel) admin.getTransport()).getLocalAddress();

        assertThat(admin.getHost()).isEqualTo("127.0.0.1");
        assertThat(bound.getAddress().isLoopbackAddress()).isTrue();
        assertThat(connector("application").getHost()).as("the API binds every interface").isNull();
    }

    @Test
    void byDefaultTheAdminPortOffersItsHealthCheckAndPingOnly() {
        assertThat(shipped.admin("GET", "/healthcheck").statusCode()).isEqualTo(200);
        assertThat(shipped.admin("GET", "/ping").body()).isEqualTo("pong\n");
        for (List<String> diagnostic : DIAGNOSTICS) {
            HttpResponse<String> refused = shipped.admin(diagnostic.get(0), diagnostic.get(1));

            assertThat(refused.statusCode()).as(diagnostic.toString()).isEqualTo(404);
            assertThat(json(refused).get("type").asText()).isEqualTo("urn:compute-ledger:problem:not-found");
        }
        assertThat(shipped.admin("GET", "/").body()).contains("Healthcheck", "Ping").doesNotContain("Threads",
                "Metrics</a>", "CPU Profile");
    }

    @Test
    void switchedOnTheDiagnosticsAnswer() {
        for (List<String> diagnostic : DIAGNOSTICS) {
            assertThat(switchedOn.admin(diagnostic.get(0), diagnostic.get(1)).statusCode()).as(diagnostic.toString())
                    .isEqualTo(200);
        }
        assertThat(switchedOn.admin("GET", "/healthcheck").statusCode()).isEqualTo(200);
    }

    private static ServerConnector connector(String name) {
        return Arrays.stream(shipped.server().getConnectors())
                .map(ServerConnector.class::cast)
                .filter(connector -> name.equals(connector.getName()))
                .findFirst().orElseThrow();
    }
}

package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.access.Role;
import io.dropwizard.testing.ConfigOverride;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API port's rate limit, per client address and per API key: on by default (50 a second, bursts of 100);
 * past it a 429 problem with Retry-After; other clients unaffected; after Retry-After the client may go on.
 * Each test sends from its own loopback address (127.0.0.0/8 is all this machine), so their buckets are apart.
 */
class RateLimitTest {

    private static final int BURST = 5;

    // Configuration overrides are JVM-wide while a ledger runs: the one with a low limit must start second.
    @Order(1)
    @RegisterExtension
    static final RunningLedger shipped = RunningLedger.shipped();

    @Order(2)
    @RegisterExtension
    static final RunningLedger limited = RunningLedger.perClass(
            ConfigOverride.config("rateLimit.requestsPerSecond", "1"),
            ConfigOverride.config("rateLimit.burst", Integer.toString(BURST)));

    @Test
    void theShippedLimitIsOnAndGenerous() {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<Void>>> burst = IntStream.range(0, 300)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(shipped.uri("/api/v1/nothing-here")).build(),
                        HttpResponse.BodyHandlers.discarding()))
                .toList();
        List<Integer> statuses = burst.stream().map(answer -> answer.join().statusCode()).toList();

        assertThat(statuses).contains(429);
        assertThat(statuses.stream().filter(status -> status != 429).count()).as("the burst of 100 passes")
                .isGreaterThanOrEqualTo(100);
    }

    @Test
    void aBurstPastTheLimitIs429WithRetryAfterAndAProblemOtherAddressesGoOnAndAfterRetryAfterItWorksAgain()
            throws InterruptedException {
        List<String> answers = IntStream.range(0, BURST + 3).mapToObj(i -> get("127.0.0.11", "")).toList();
        String refused = answers.stream().filter(answer -> answer.startsWith("HTTP/1.1 429")).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 in " + answers.size() + " requests"));

        assertThat(answers.subList(0, BURST)).allSatisfy(answer -> assertThat(answer).startsWith("HTTP/1.1 200"));
        assertThat(refused).containsPattern("(?i)Retry-After: 2\r\n")
                .containsPattern("(?i)Content-Type: application/problem\\+json")
                .containsPattern("(?i)X-Request-Id: [0-9a-f-]{36}")
                .contains("\"type\":\"urn:compute-ledger:problem:rate-limited\"", "\"status\":429",
                        "from this client address", "\"instance\":\"/api/v1/providers\"");
        assertThat(get("127.0.0.12", "")).startsWith("HTTP/1.1 200");
        Thread.sleep(2_000); // Retry-After
        assertThat(get("127.0.0.11", "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aKeysLimitHoldsFromEveryAddressAndLeavesOtherKeysAlone() {
        String first = "Authorization: Bearer " + limited.issueKey("burst-first", Role.EDITOR) + "\r\n";
        String second = "Authorization: Bearer " + limited.issueKey("burst-second", Role.EDITOR) + "\r\n";
        IntStream.range(0, BURST + 3).forEach(i -> get("127.0.0.21", first));

        assertThat(get("127.0.0.22", first)).startsWith("HTTP/1.1 429").contains("from this API key");
        assertThat(get("127.0.0.22", second)).startsWith("HTTP/1.1 200");
        assertThat(get("127.0.0.23", "")).startsWith("HTTP/1.1 200");
    }

    @Test
    void madeUpKeysDoNotEscapeTheAddressLimit() {
        SecureRandom random = new SecureRandom();
        List<String> answers = IntStream.range(0, BURST + 3).mapToObj(i -> get("127.0.0.31", "Authorization: Bearer cl_"
                + HexFormat.of().formatHex(random.generateSeed(8)) + "_" + "x".repeat(43) + "\r\n")).toList();

        assertThat(answers).anySatisfy(answer -> assertThat(answer).startsWith("HTTP/1.1 429")
                .contains("from this client address"));
    }

    /** A read of the providers from {@code localAddress}, with {@code headers} (each line ending in CRLF). */
    private static String get(String localAddress, String headers) {
        return RawHttp.exchange(localAddress, limited.uri("/").getPort(), "GET /api/v1/providers HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n");
    }
}

package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives SIGKILL: the packaged service is written to by several clients at once,
 * killed with {@code kill -9} in the middle of the stream, started again on the same H2 file, and must hold
 * every deal it answered 201 for (H2's {@code WRITE_DELAY=0} makes each commit reach the file before the
 * response is sent; README "Security and durability").
 */
class DurabilityIT {

    private static final int WRITERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    /**
     * The rate limit is not under test here, and the test's own traffic (six writers, then one read per acknowledged
     * deal) would outrun it on a fast machine: a 429 would read as a lost write.
     */
    private static final Map<String, String> NO_RATE_LIMIT = Map.of("RATE_LIMIT_ENABLED", "false");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedDealIsThereAfterKillDashNine() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // path of the Location -> customer
        AtomicInteger refused = new AtomicInteger();
        String key;
        try (LedgerProcess ledger = LedgerProcess.start(directory, NO_RATE_LIMIT)) {
            key = ledger.demoKey();
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                writers.execute(() -> {
                    for (int n = 0; !killed.get() && n < 2_000; n++) {
                        String customer = "Durable " + id + "-" + n;
                        try {
                            HttpResponse<String> response = create(ledger, key, customer);
                            if (response.statusCode() == 201) {
                                acknowledged.put(URI.create(response.headers().firstValue("Location").orElseThrow()).getPath(),
                                        customer);
                                enough.countDown();
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (IOException connectionLost) {
                            return; // the server is gone: this request was never acknowledged
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("acknowledged writes before the kill").isTrue();
            ledger.kill();
            killed.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(refused.get()).as("writes refused while the server was up").isZero();

        try (LedgerProcess restarted = LedgerProcess.start(directory, NO_RATE_LIMIT)) {
            List<String> missing = acknowledged.entrySet().stream()
                    .filter(deal -> !customerAt(restarted, deal.getKey()).equals(deal.getValue()))
                    .map(Map.Entry::getKey).toList();
            assertThat(missing).as("acknowledged deals missing after kill -9 (of %d)", acknowledged.size()).isEmpty();
            assertThat(create(restarted, key, "After The Crash").statusCode()).as("the key survives too").isEqualTo(201);
        }
    }

    private static HttpResponse<String> create(LedgerProcess ledger, String key, String customer)
            throws IOException, InterruptedException {
        String body = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"" + customer + "\"");
        return HTTP.send(HttpRequest.newBuilder(ledger.uri("/api/v1/deals")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The customer of the deal at {@code location}. The restarted service keeps its shipped rate limit, and these
     * reads come faster than it allows one client: a 429 is waited out as its Retry-After says, then asked again.
     */
    private static String customerAt(LedgerProcess ledger, String location) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(ledger.uri(location))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            for (int attempt = 0; response.statusCode() == 429 && attempt < 10; attempt++) {
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
                response = HTTP.send(HttpRequest.newBuilder(ledger.uri(location)).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            JsonNode deal = WebTestSupport.MAPPER.readTree(response.body());
            return deal.get("customer").asText();
        } catch (IOException failure) {
            return failure.toString();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database outage is a 503, not a bug: four writers post deals while PostgreSQL is stopped for a few seconds
 * and started again on the same data directory and port. Every answer is a 201 or a 503 problem with
 * {@code Retry-After}; the health check says the database is down, then up; writes succeed again without a
 * restart of the service; and every deal acknowledged with 201 is stored.
 */
class DatabaseOutageTest {

    private static final int WRITERS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    private static final String UNAVAILABLE = "urn:compute-ledger:problem:service-unavailable";

    @TempDir
    Path directory;

    @Test
    void writesDuringAnOutageAre503sAndTheServiceRecoversByItself() throws Exception {
        EmbeddedPostgres.Builder postgres = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).setPort(LedgerProcess.freePort())
                .setServerConfig("synchronous_commit", "on"); // the README's setting; zonky turns it off
        EmbeddedPostgres database = postgres.start();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // path of the Location -> customer
        AtomicInteger unavailable = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (RunningLedger ledger = RunningLedger.startOn(database.getJdbcUrl("postgres", "postgres"), "postgres")) {
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                writers.execute(() -> {
                    for (int n = 0; !stop.get() && n < 5_000; n++) {
                        String customer = "Outage " + id + "-" + n;
                        try {
                            record(ledger.post("/api/v1/deals", deal(customer), Map.of()), customer, acknowledged,
                                    unavailable, unexpected);
                        } catch (UncheckedIOException noAnswer) {
                            unexpected.add("no answer: " + noAnswer.getMessage());
                        }
                    }
                });
            }
            await(() -> acknowledged.size() >= 20, "writes before the outage");
            assertThat(json(ledger.admin("GET", "/healthcheck")).get("db").get("healthy").asBoolean()).isTrue();

            database.close();
            long outageEnds = System.nanoTime() + OUTAGE.toNanos();
            await(() -> unavailable.get() > 0, "a 503 during the outage");
            HttpResponse<String> healthDuringOutage = ledger.admin("GET", "/healthcheck");
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(outageEnds - System.nanoTime())));
            int acknowledgedBeforeRestart = acknowledged.size();
            database = postgres.start();

            await(() -> acknowledged.size() >= acknowledgedBeforeRestart + 20, "writes after the restart");
            await(() -> ledger.admin("GET", "/healthcheck").statusCode() == 200, "a healthy database after the restart");
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(unexpected).as("answers other than 201 or a 503 problem with Retry-After").isEmpty();
            assertThat(healthDuringOutage.statusCode()).isEqualTo(500);
            assertThat(json(healthDuringOutage).get("db").get("healthy").asBoolean()).isFalse();
            assertThat(acknowledged.entrySet()).as("acknowledged deals (%d), then 503s: %d", acknowledged.size(),
                    unavailable.get()).allSatisfy(deal -> {
                        HttpResponse<String> stored = ledger.get(deal.getKey());
                        assertThat(stored.statusCode()).as(deal.getKey()).isEqualTo(200);
                        assertThat(json(stored).get("customer").asText()).isEqualTo(deal.getValue());
                    });
        } finally {
            stop.set(true);
            writers.shutdownNow();
            database.close();
        }
    }

    private static void record(HttpResponse<String> response, String customer, Map<String, String> acknowledged,
                               AtomicInteger unavailable, List<String> unexpected) {
        if (response.statusCode() == 201) {
            acknowledged.put(response.headers().firstValue("Location").map(location -> location.replaceFirst(
                    "^https?://[^/]+", "")).orElseThrow(), customer);
        } else if (response.statusCode() == 503
                && response.headers().firstValue("Retry-After").equals(Optional.of("5"))
                && json(response).get("type").asText().equals(UNAVAILABLE)) {
            unavailable.incrementAndGet();
        } else {
            unexpected.add(response.statusCode() + " " + response.headers().map() + " " + response.body());
        }
    }

    private static String deal(String customer) {
        return WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"" + customer + "\"");
    }

    /** Waits up to 20 seconds for {@code condition}. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}

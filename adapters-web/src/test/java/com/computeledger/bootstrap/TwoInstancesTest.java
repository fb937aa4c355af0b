package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.adapters.web.WebTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two stateless instances of the service on one PostgreSQL database, driven at once: no lost update, no
 * duplicate, the same state through either instance. Bounded: 8 clients, a fixed number of requests each.
 */
class TwoInstancesTest {

    private static final int CLIENTS = 8;
    private static final int REVISIONS_PER_CLIENT = 6;

    private static RunningLedger first;
    private static RunningLedger second;

    @BeforeAll
    static void startBoth() {
        String database = TestDatabases.freshPostgresUrl();
        first = RunningLedger.startOn(database, "postgres");
        second = RunningLedger.startOn(database, "postgres");
    }

    @AfterAll
    static void stopBoth() {
        first.close();
        second.close();
    }

    @Test
    void theDemoDataIsLoadedOnceThoughBothInstancesStarted() {
        assertThat(json(second.get("/api/v1/deals?customer=OpenAI")).get("items")).hasSize(4);
        assertThat(json(first.get("/api/v1/providers"))).hasSize(5);
    }

    @Test
    void concurrentRevisionsThroughBothInstancesLoseNothing() throws Exception {
        String body = deal("Concurrency Co", "1000000");
        String location = first.uri(first.post("/api/v1/deals", body, Map.of()).headers().firstValue("Location")
                .orElseThrow()).getPath();

        List<Integer> statuses = runConcurrently(client -> {
            RunningLedger instance = client % 2 == 0 ? first : second;
            List<Integer> answers = new ArrayList<>();
            for (int attempt = 0; attempt < REVISIONS_PER_CLIENT; attempt++) {
                String etag = instance.get(location).headers().firstValue("ETag").orElseThrow();
                String revised = deal("Concurrency Co", Integer.toString(2_000_000 + client * 100 + attempt));
                answers.add(instance.put(location, revised, Map.of("If-Match", etag)).statusCode());
            }
            return answers;
        });

        long accepted = statuses.stream().filter(status -> status == 200).count();
        assertThat(statuses).containsOnly(200, 412).hasSize(CLIENTS * REVISIONS_PER_CLIENT);
        assertThat(accepted).isPositive();
        JsonNode history = json(first.get(location + "/history"));
        assertThat(history).hasSize((int) accepted + 1);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).get("version").asLong()).isEqualTo(i + 1);
        }
        assertThat(json(first.get(location)).get("version").asLong()).isEqualTo(accepted + 1);
        assertThat(first.get(location).body()).isEqualTo(second.get(location).body());
    }

    @Test
    void concurrentRevisionsAndStatusChangesLoseNoAcceptedChange() throws Exception {
        String location = first.uri(first.post("/api/v1/deals", deal("Mixed Writers Co", "1000000"), Map.of())
                .headers().firstValue("Location").orElseThrow()).getPath();

        List<String> outcomes = runConcurrently(client -> {
            RunningLedger instance = client % 2 == 0 ? first : second;
            List<String> answers = new ArrayList<>();
            for (int attempt = 0; attempt < REVISIONS_PER_CLIENT; attempt++) {
                String etag = instance.get(location).headers().firstValue("ETag").orElseThrow();
                Map<String, String> ifMatch = Map.of("If-Match", etag);
                if ((client + attempt) % 3 == 0) {
                    String target = attempt % 2 == 0 ? "ACTIVE" : "CANCELLED";
                    answers.add("status " + instance.post(location + "/status", "{\"status\":\"" + target + "\"}",
                            ifMatch).statusCode());
                } else {
                    String revised = deal("Mixed Writers Co", Integer.toString(3_000_000 + client * 100 + attempt));
                    answers.add("revise " + instance.put(location, revised, ifMatch).statusCode());
                }
            }
            return answers;
        });

        assertThat(outcomes).allMatch(outcome -> outcome.endsWith(" 200") || outcome.endsWith(" 409")
                || outcome.endsWith(" 412"));
        long revisions = outcomes.stream().filter("revise 200"::equals).count();
        long moves = outcomes.stream().filter("status 200"::equals).count();
        JsonNode history = json(first.get(location + "/history"));
        assertThat(history).as("one entry per accepted change, and the recording").hasSize((int) (revisions + moves + 1));
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().equals("REVISED")).hasSize((int) revisions);
        assertThat(history).filteredOn(entry -> entry.get("kind").asText().equals("STATUS_CHANGED"))
                .hasSize((int) moves);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).get("version").asLong()).as("versions strictly increasing").isEqualTo(i + 1);
        }
        assertThat(json(second.get(location)).get("version").asLong()).isEqualTo(revisions + moves + 1);
    }

    @Test
    void retriedCreatesWithOneKeyThroughBothInstancesMakeOneDeal() throws Exception {
        String body = deal("Retry Co", "5000000");

        List<String> locations = runConcurrently(client -> {
            RunningLedger instance = client % 2 == 0 ? first : second;
            HttpResponse<String> response = instance.post("/api/v1/deals", body,
                    Map.of("Idempotency-Key", "retry-co-create"));
            assertThat(response.statusCode()).isEqualTo(201);
            return List.of(instance.uri(response.headers().firstValue("Location").orElseThrow()).getPath());
        });

        assertThat(locations).hasSize(CLIENTS).containsOnly(locations.get(0));
        assertThat(json(second.get("/api/v1/deals?customer=Retry%20Co")).get("items")).hasSize(1);
        HttpResponse<String> reused = first.post("/api/v1/deals", deal("Retry Co", "6000000"),
                Map.of("Idempotency-Key", "retry-co-create"));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(json(reused).get("type").asText()).isEqualTo("urn:compute-ledger:problem:idempotency-key-reused");
    }

    private static String deal(String customer, String amount) {
        return WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"" + customer + "\"")
                .replace("\"38000000000\"", "\"" + amount + "\"");
    }

    /** Runs one task per client at once and gathers their results; gives up after 60 seconds. */
    private static <T> List<T> runConcurrently(ClientTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                futures.add(pool.submit((Callable<List<T>>) () -> task.run(id)));
            }
            List<T> results = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                results.addAll(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one concurrent client does. */
    @FunctionalInterface
    private interface ClientTask<T> {
        List<T> run(int client) throws Exception;
    }
}

package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM stops the packaged service gracefully: several clients write while the signal arrives; the
 * service stops accepting, answers the requests it has in flight, then exits. Every answer is a complete
 * 201 — or, for a request that reached a kept-alive connection after the stop began, a 503 problem — never a
 * 500; some 201s are sent after the signal, and every acknowledged deal is there after a restart.
 * On the way, the access log is shown to end each line with the request's id, and to hold a line for every
 * acknowledged write once the process has exited (its last batch is written when the server stops, ADR 0035).
 */
class GracefulShutdownIT {

    private static final int WRITERS = 6;
    private static final Pattern REQUEST_ID = Pattern.compile("(?mi)^X-Request-Id: (\\S+)");

    @TempDir
    Path directory;

    @Test
    void requestsInFlightWhenSigtermArrivesAreAnsweredAndKept() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // path of the Location -> customer
        List<Integer> otherStatuses = new CopyOnWriteArrayList<>();
        AtomicInteger answeredAfterSignal = new AtomicInteger();
        AtomicLong signalledAt = new AtomicLong(Long.MAX_VALUE);
        String key;
        try (LedgerProcess ledger = LedgerProcess.start(directory)) {
            key = ledger.demoKey();
            assertAccessLogged(ledger, "trace-me-42");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            CountDownLatch warmedUp = new CountDownLatch(50);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                writers.execute(() -> {
                    for (int n = 0; n < 5_000; n++) {
                        String customer = "Graceful " + id + "-" + n;
                        try {
                            HttpResponse<String> response = http.send(create(ledger, key, customer),
                                    HttpResponse.BodyHandlers.ofString());
                            if (System.nanoTime() > signalledAt.get()) {
                                answeredAfterSignal.incrementAndGet();
                            }
                            if (response.statusCode() == 201) {
                                acknowledged.put(URI.create(response.headers().firstValue("Location").orElseThrow())
                                        .getPath(), customer);
                                warmedUp.countDown();
                            } else if (response.statusCode() != 503
                                    || !response.body().contains("urn:compute-ledger:problem:service-unavailable")) {
                                otherStatuses.add(response.statusCode()); // 503: arrived after the stop began
                            }
                        } catch (IOException stoppedAccepting) {
                            return; // no answer: the service no longer accepted this request
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();
            signalledAt.set(System.nanoTime());
            ledger.terminate();
            assertThat(ledger.awaitExit()).as("exit code after SIGTERM").isIn(0, 143);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertEveryAcknowledgedWriteLogged(ledger, acknowledged.size());
        }
        assertThat(otherStatuses).as("answers other than 201 or, once stopping, a 503 problem").isEmpty();
        assertThat(answeredAfterSignal.get()).as("requests answered after the signal").isPositive();

        try (LedgerProcess restarted = LedgerProcess.start(directory)) {
            HttpClient http = HttpClient.newHttpClient();
            List<String> missing = acknowledged.entrySet().stream().filter(deal -> {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(restarted.uri(deal.getKey()))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() != 200 || !response.body().contains(deal.getValue());
                } catch (IOException | InterruptedException failure) {
                    return true;
                }
            }).map(Map.Entry::getKey).toList();
            assertThat(missing).as("acknowledged deals missing after SIGTERM (of %d)", acknowledged.size()).isEmpty();
        }
    }

    private static HttpRequest create(LedgerProcess ledger, String key, String customer) {
        String body = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"" + customer + "\"");
        return HttpRequest.newBuilder(ledger.uri("/api/v1/deals")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A request's access-log line ends with its id: the caller's {@code X-Request-Id}, echoed in the response. */
    private static void assertAccessLogged(LedgerProcess ledger, String requestId) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", ledger.port())) {
            socket.getOutputStream().write(("GET /api/v1/providers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: "
                    + requestId + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            Matcher echoed = REQUEST_ID.matcher(response);
            assertThat(echoed.find()).as(response).isTrue();
            assertThat(echoed.group(1)).isEqualTo(requestId);
        }
        String expected = "\"GET /api/v1/providers HTTP/1.1\" 200";
        for (int wait = 0; wait < 50 && ledger.output().stream().noneMatch(line -> line.contains(expected)
                && line.endsWith("request-id=" + requestId)); wait++) {
            Thread.sleep(100); // the access log is written asynchronously
        }
        assertThat(ledger.output()).as("the access-log line of the request").anySatisfy(line ->
                assertThat(line).contains(expected).endsWith("request-id=" + requestId));
    }

    /** At least one access-log line per 201 answered (a 201 whose answer was cut off may have one more). */
    private static void assertEveryAcknowledgedWriteLogged(LedgerProcess ledger, int acknowledged)
            throws InterruptedException {
        String created = "\"POST /api/v1/deals HTTP/1.1\" 201";
        for (int wait = 0; wait < 50 && logged(ledger, created) < acknowledged; wait++) {
            Thread.sleep(100); // the output's last lines may still be on their way from the exited process's pipe
        }
        assertThat(logged(ledger, created)).as("access-log lines of the %d acknowledged writes", acknowledged)
                .isGreaterThanOrEqualTo(acknowledged);
    }

    private static long logged(LedgerProcess ledger, String text) {
        return ledger.output().stream().filter(line -> line.contains(text)).count();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}

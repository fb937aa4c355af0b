package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.adapters.web.platform.http.QueryBeans;
import com.computeledger.adapters.web.platform.http.TextParameters;
import com.computeledger.adapters.web.platform.json.JsonBodies;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every response carries whatever its route: a request id (in the header and in problem bodies), the
 * security headers (the API's, the docs' and the dashboard's policies); and the request body limit (413 before
 * anything is read or stored).
 */
class OperationsTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    /** Docs/adr/0029: without these the API answers the same, only slower, so no other test would notice. */
    @Test
    void theApplicationRegistersTheProvidersThatSpareEveryRequestTheFrameworksDefaults() {
        assertThat(ledger.jerseyComponents()).contains(JsonBodies.class, TextParameters.class, QueryBeans.Binder.class);
    }

    @Test
    void everyResponseCarriesARequestIdAndAProblemNamesItToo() {
        HttpResponse<String> ok = ledger.get("/api/v1/providers");
        HttpResponse<String> problem = ledger.get("/api/v1/deals/not-a-uuid");
        HttpResponse<String> docs = ledger.get("/docs/");

        assertThat(ok.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(docs.headers().firstValue("X-Request-Id")).isPresent();
        String problemId = problem.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(json(problem).get("requestId").asText()).isEqualTo(problemId);
        assertThat(problemId).isNotEqualTo(ok.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void aCallersShortRequestIdIsKeptAnOddOneIsReplaced() {
        HttpResponse<String> kept = ledger.get("/api/v1/providers", Map.of("X-Request-Id", "client-run-7.3"));
        HttpResponse<String> replaced = ledger.get("/api/v1/providers", Map.of("X-Request-Id", "x".repeat(65)));
        HttpResponse<String> injected = ledger.get("/api/v1/providers", Map.of("X-Request-Id", "a b\"c"));

        assertThat(kept.headers().firstValue("X-Request-Id")).contains("client-run-7.3");
        assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(injected.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void aJettyLevelErrorHasARequestIdToo() {
        String response = ledger.raw("GET /api/v1/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").containsPattern("(?i)X-Request-Id: [0-9a-f-]{36}")
                .containsPattern("\"requestId\":\"[0-9a-f-]{36}\"")
                .containsPattern("(?i)X-Content-Type-Options: nosniff").containsPattern("(?i)Connection: close");
    }

    @Test
    void theApiAndTheDocsCarryTheSecurityHeaders() {
        HttpResponse<String> api = ledger.get("/api/v1/deals");
        HttpResponse<String> docs = ledger.get("/docs/");

        for (HttpResponse<String> response : List.of(api, docs)) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
        assertThat(api.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(docs.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-eval"));
        assertThat(docs.body()).doesNotContain("<script>").contains("/docs/init.js");
        assertThat(ledger.get("/docs/init.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theDashboardIsTheRootPageWithItsOwnPolicyAndNoInlineCodeWhileOtherPathsStayProblems() {
        HttpResponse<String> page = ledger.get("/");
        HttpResponse<String> script = ledger.get("/dashboard/js/main.js");
        HttpResponse<String> chartLibrary = ledger.get("/dashboard/lib/echarts/echarts.esm.min.js");
        HttpResponse<String> unknown = ledger.get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"/dashboard/js/main.js\"></script>")
                .doesNotContainPattern("<script>|<style|style=|\\son[a-z]+=");
        for (HttpResponse<String> response : List.of(page, script)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; "
                    + "script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; "
                    + "form-action 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(chartLibrary.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("type").asText()).isEqualTo("urn:compute-ledger:problem:not-found");
        assertThat(unknown.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void aBodyOverTheLimitIs413AndStoresNothingWhetherItsLengthIsDeclaredOrNot() {
        int before = json(ledger.get("/api/v1/deals?limit=100")).get("items").size();
        String huge = WebTestSupport.fixture("aws-deal-request.json")
                .replace("\"OpenAI\"", "\"" + "A".repeat(300 * 1024) + "\"");
        Map<String, String> key = ledger.adminAuthorization();

        HttpResponse<String> declared = ledger.post("/api/v1/deals", huge, key);
        String chunked = ledger.raw("POST /api/v1/deals HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: " + key.get("Authorization") + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(huge.length()) + "\r\n" + huge + "\r\n0\r\n\r\n");

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(json(declared).get("type").asText()).isEqualTo("urn:compute-ledger:problem:payload-too-large");
        assertThat(json(declared).get("detail").asText()).isEqualTo("the body is larger than 262144 bytes");
        assertThat(chunked).startsWith("HTTP/1.1 413").contains("urn:compute-ledger:problem:payload-too-large");
        assertThat(json(ledger.get("/api/v1/deals?limit=100")).get("items").size()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsReadNormally() {
        String body = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"Chunked Co\"");
        String response = ledger.raw("POST /api/v1/deals HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                + "\r\nAuthorization: " + ledger.adminAuthorization().get("Authorization")
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + body
                + "\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 201");
    }
}

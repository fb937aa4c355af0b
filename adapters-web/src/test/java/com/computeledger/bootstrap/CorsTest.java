package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.application.demo.ArticleDemoData;
import io.dropwizard.testing.ConfigOverride;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CORS: off by default (no Access-Control-* header at all); with an allow-list, those origins only, on the API
 * only, and a preflight is answered without an API key.
 */
class CorsTest {

    private static final String ALLOWED = "https://app.example";
    private static final Map<String, String> PREFLIGHT = Map.of("Origin", ALLOWED,
            "Access-Control-Request-Method", "POST",
            "Access-Control-Request-Headers", "authorization, content-type, if-match, idempotency-key");

    // Configuration overrides are JVM-wide while a ledger runs: the one with origins must start second.
    @Order(1)
    @RegisterExtension
    static final RunningLedger byDefault = RunningLedger.perClass();

    @Order(2)
    @RegisterExtension
    static final RunningLedger withOrigins = RunningLedger.perClass(
            ConfigOverride.config("cors.allowedOrigins", ALLOWED + ", https://ops.example:8443"));

    @Test
    void byDefaultNoAnswerCarriesACorsHeader() {
        HttpResponse<String> preflight = byDefault.request("OPTIONS", "/api/v1/deals", PREFLIGHT);
        HttpResponse<String> read = byDefault.get("/api/v1/deals", Map.of("Origin", ALLOWED));

        assertThat(corsHeaders(preflight.headers())).isEmpty();
        assertThat(corsHeaders(read.headers())).isEmpty();
        assertThat(read.statusCode()).isEqualTo(200);
    }

    @Test
    void anAllowedOriginsPreflightIsAnsweredWithoutAKey() {
        HttpResponse<String> preflight = withOrigins.request("OPTIONS", "/api/v1/deals", PREFLIGHT);

        assertThat(preflight.statusCode()).isIn(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                assertThat(methods).contains("POST", "PUT"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers.toLowerCase()).contains("authorization", "content-type", "if-match",
                        "idempotency-key"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anAllowedOriginReadsTheHeadersClientsNeed() {
        HttpResponse<String> read = withOrigins.get("/api/v1/deals/" + ArticleDemoData.OPENAI_AWS,
                Map.of("Origin", "https://ops.example:8443"));

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("https://ops.example:8443");
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("ETag", "Location", "Link", "X-Request-Id", "Retry-After"));
    }

    @Test
    void aDisallowedOriginGetsNoAllowHeaders() {
        Map<String, String> preflight = Map.of("Origin", "https://app.example.evil.test",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization");

        HttpResponse<String> refused = withOrigins.request("OPTIONS", "/api/v1/deals", preflight);
        HttpResponse<String> read = withOrigins.get("/api/v1/deals", Map.of("Origin", "https://evil.test"));

        assertThat(corsHeaders(refused.headers())).isEmpty();
        assertThat(corsHeaders(read.headers())).isEmpty();
    }

    @Test
    void onlyTheApiIsOpenToOtherOrigins() {
        HttpResponse<String> document = withOrigins.get("/openapi.json", Map.of("Origin", ALLOWED));

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(corsHeaders(document.headers())).isEmpty();
    }

    /** The names of the CORS headers among {@code headers}. */
    private static List<String> corsHeaders(HttpHeaders headers) {
        return headers.map().keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"))
                .toList();
    }
}

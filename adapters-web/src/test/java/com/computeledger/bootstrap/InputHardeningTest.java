package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile and unusual input over HTTP, as issue 6 lists it: each refusal is a 4xx problem naming what is
 * wrong and stores nothing; names in any script come back exactly as sent.
 */
class InputHardeningTest {

    private static final String FIXTURE = WebTestSupport.fixture("aws-deal-request.json");
    private static final String COMMITMENT =
            "{ \"acceleratorId\": \"nvidia-gb200\", \"units\": 100000, \"unitsApproximate\": true, \"fullCapacityBy\": \"2026-12-31\" }";
    private static final String SOURCE = "{ \"title\": \"t\", \"address\": \"https://example.com/\", \"publishedOn\": \"2025-11-03\" }";

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    @Test
    void hugeNumbersAreRefusedWithA4xxNotParsed() {
        String tenThousandDigits = "1" + "0".repeat(10_000);
        assertRefused(amount("\"1e400\""), 422, "value.amount");
        assertRefused(amount("\"" + tenThousandDigits + "\""), 422, "value.amount");
        assertRefused(amount("1e400"), 422, "value.amount");
        assertRefused(amount(tenThousandDigits), 400, null);
        assertRefused(FIXTURE.replace("\"durationMonths\": 84", "\"durationMonths\": " + tenThousandDigits), 400, null);
        assertRefused(FIXTURE.replace("\"units\": 100000", "\"units\": 1e400"), 400, "commitments[0].units");
    }

    @Test
    void namesInAnyScriptComeBackExactly() {
        for (String customer : new String[] {"شركة الذكاء الاصطناعي", "深度求索人工智能", "Ωmega Labs 🚀", "Zoë & Søren AB"}) {
            HttpResponse<String> created = ledger.post("/api/v1/deals", FIXTURE.replace("\"OpenAI\"",
                    "\"" + customer + "\""), Map.of());
            assertThat(created.statusCode()).as(customer).isEqualTo(201);
            JsonNode stored = json(ledger.get(created.headers().firstValue("Location").orElseThrow()));
            assertThat(stored.get("customer").asText()).isEqualTo(customer);
            JsonNode listed = json(ledger.get("/api/v1/deals?customer="
                    + URLEncoder.encode(customer, StandardCharsets.UTF_8).replace("+", "%20")));
            assertThat(listed.get("items")).singleElement()
                    .satisfies(deal -> assertThat(deal.get("customer").asText()).isEqualTo(customer));
        }
    }

    @Test
    void controlCharactersAndOverlongStringsAreRefusedNamingTheField() {
        assertRefused(FIXTURE.replace("\"OpenAI\"", "\"Open\\u0007AI\""), 422, "customer");
        assertRefused(FIXTURE.replace("\"OpenAI\"", "\"Open\\u0000AI\""), 422, "customer");
        assertRefused(FIXTURE.replace("\"OpenAI\"", "\"" + "x".repeat(201) + "\""), 422, "customer");
        assertRefused(FIXTURE.replace("\"room to expand through 2027\"", "\"" + "x".repeat(501) + "\""), 422,
                "expansion.note");
        assertRefused(FIXTURE.replace("https://openai.com/index/aws-and-openai-partnership/",
                "https://example.com/" + "x".repeat(2_000)), 422, "sources[0].address");
    }

    @Test
    void unpairedSurrogatesAndBidiControlsAreRefusedInEveryTextField() {
        for (String unreadable : new String[] {"\\uD800", "x\\uDC00", "\\u202Egnp.exe", "a\\u202Ab", "a\\u2066b",
                "a\\u2069"}) {
            assertRefused(FIXTURE.replace("\"OpenAI\"", "\"Open" + unreadable + "\""), 422, "customer");
            assertRefused(FIXTURE.replace("\"room to expand through 2027\"", "\"" + unreadable + "\""), 422,
                    "expansion.note");
            assertRefused(FIXTURE.replace("\"AWS and OpenAI announce multi-year strategic partnership\"",
                    "\"" + unreadable + "\""), 422, "sources[0].title");
        }
    }

    @Test
    void atMostTwentyCommitmentsAndTwentySources() {
        String commitments = "[" + String.join(",", Collections.nCopies(21, COMMITMENT)) + "]";
        String sources = "[" + String.join(",", Collections.nCopies(21, SOURCE)) + "]";
        String body = FIXTURE.replace("\"OpenAI\"", "\"Many Co\"");

        assertRefused(body.replaceFirst("(?s)\"commitments\": \\[.*?\\n  \\]", "\"commitments\": " + commitments),
                422, "commitments");
        assertRefused(body.replaceFirst("(?s)\"sources\": \\[.*?\\n  \\]", "\"sources\": " + sources), 422, "sources");
    }

    @Test
    void malformedJsonWrongMediaTypeAndUnknownFieldsEachHaveOneAnswer() {
        assertRefused("{\"customer\": ", 400, null);
        assertRefused(FIXTURE.replace("\"providerId\"", "\"providerID\""), 400, "providerID");
        HttpResponse<String> xml = ledger.post("/api/v1/deals", "<deal/>", Map.of("Content-Type", "application/xml"));
        HttpResponse<String> text = ledger.post("/api/v1/deals", FIXTURE, Map.of("Content-Type", "text/plain"));
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(json(text).get("type").asText()).isEqualTo("urn:compute-ledger:problem:unsupported-media-type");
    }

    private static String amount(String literal) {
        return FIXTURE.replace("\"amount\": \"38000000000\"", "\"amount\": " + literal)
                .replace("\"OpenAI\"", "\"Huge Co\"");
    }

    private static void assertRefused(String body, int status, String field) {
        int before = json(ledger.get("/api/v1/deals?limit=100")).get("items").size();
        HttpResponse<String> response = ledger.post("/api/v1/deals", body, Map.of());

        assertThat(response.statusCode()).as(body.length() > 200 ? body.substring(0, 200) : body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        if (field != null) {
            assertThat(json(response).at("/errors/0/field").asText()).isEqualTo(field);
        }
        assertThat(json(ledger.get("/api/v1/deals?limit=100")).get("items").size()).isEqualTo(before);
    }
}

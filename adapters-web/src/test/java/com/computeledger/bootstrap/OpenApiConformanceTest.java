package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.access.Role;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The served OpenAPI document and the implementation agree: real requests and their real responses —
 * successes and problems alike — are validated against the document the service itself serves.
 */
class OpenApiConformanceTest {

    private static final String AWS = "/api/v1/deals/" + ArticleDemoData.OPENAI_AWS;

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    private static OpenApiInteractionValidator validator;

    @BeforeAll
    static void start() {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(ledger.get("/openapi.json").body())
                .build();
    }

    @Test
    void readsConformToTheDocument() {
        for (String path : new String[] {"/api/v1/deals?limit=2&sort=customer&status=ANNOUNCED", AWS,
                AWS + "/history", "/api/v1/providers", "/api/v1/providers/aws", "/api/v1/accelerators",
                "/api/v1/accelerators/nvidia-gb200", "/api/v1/analytics/concentration?measure=power",
                "/api/v1/analytics/exposure?customer=OpenAI",
                "/api/v1/analytics/capacity-timeline?from=2025-10-01&to=2026-12-31&granularity=month",
                "/api/v1/analytics/equivalences?gigawatts=1",
                "/api/v1/analytics/build-out?targetGigawatts=30&gigawattsPerWeek=1&quotedCapex=1400000000000"}) {
            assertConforms(Request.Method.GET, path, null, Map.of(), ledger.get(path));
        }
    }

    @Test
    void writesAndTheirProblemsConformToTheDocument() {
        String body = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"Conformance Co\"");
        HttpResponse<String> created = ledger.post("/api/v1/deals", body, Map.of());
        assertConforms(Request.Method.POST, "/api/v1/deals", body, Map.of(), created);
        String location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

        Map<String, String> ifMatch = Map.of("If-Match", "\"1\"");
        assertConforms(Request.Method.PUT, location, body, ifMatch, ledger.put(location, body, ifMatch));
        assertConforms(Request.Method.PUT, location, body, ifMatch, ledger.put(location, body, ifMatch));
        HttpResponse<String> withoutIfMatch = ledger.put(location, body, Map.of());
        assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
        assertThat(validator.validateResponse(location, Request.Method.PUT, SimpleResponse.Builder.status(428)
                .withContentType("application/problem+json").withBody(withoutIfMatch.body()).build()).getMessages())
                .as("the 428 of a revision without If-Match (a request the document itself calls incomplete)").isEmpty();
        String patch = "{\"valueConfidence\": \"CONFIRMED\"}";
        HttpResponse<String> patched = ledger.patch(location, patch, ifMatch);
        assertThat(patched.statusCode()).isEqualTo(200);
        ValidationReport patchReport = validator.validate(new SimpleRequest.Builder(Request.Method.PATCH, location)
                .withHeader("If-Match", "\"1\"").withContentType("application/merge-patch+json").withBody(patch)
                .withHeader("Authorization", ledger.adminAuthorization().get("Authorization")).build(),
                SimpleResponse.Builder.status(200).withContentType("application/json").withBody(patched.body()).build());
        assertThat(patchReport.getMessages()).as("PATCH " + location).isEmpty();
        String move = "{\"status\":\"ACTIVE\"}";
        Map<String, String> current = Map.of("If-Match", "\"2\"");
        assertConforms(Request.Method.POST, location + "/status", move, current,
                ledger.post(location + "/status", move, current));
        String invalid = body.replace("\"durationMonths\": 84", "\"durationMonths\": 0");
        HttpResponse<String> refused = ledger.post("/api/v1/deals", invalid, Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(validator.validateResponse("/api/v1/deals", Request.Method.POST, SimpleResponse.Builder.status(422)
                .withContentType("application/problem+json").withBody(refused.body()).build()).getMessages())
                .as("the 422 of a body the document itself calls invalid (a 0-month term)").isEmpty();
        String provider = "{\"id\":\"aws\",\"name\":\"AWS\",\"kind\":\"HYPERSCALER\"}";
        assertConforms(Request.Method.POST, "/api/v1/providers", provider, Map.of(),
                ledger.post("/api/v1/providers", provider, Map.of()));
        HttpResponse<String> keyless = ledger.postAnonymously("/api/v1/deals", body);
        assertThat(keyless.statusCode()).isEqualTo(401);
        assertThat(validator.validateResponse("/api/v1/deals", Request.Method.POST, SimpleResponse.Builder
                .status(401).withContentType("application/problem+json").withBody(keyless.body()).build()).getMessages())
                .as("the 401 of a write without a key").isEmpty();
        Map<String, String> editor = Map.of("Authorization", "Bearer " + ledger.issueKey("conformance", Role.EDITOR));
        assertConforms(Request.Method.POST, "/api/v1/providers", provider, editor,
                ledger.post("/api/v1/providers", provider, editor));
        assertConforms(Request.Method.GET, "/api/v1/deals/00000000-0000-0000-0000-000000000000", null, Map.of(),
                ledger.get("/api/v1/deals/00000000-0000-0000-0000-000000000000"));
    }

    private static void assertConforms(Request.Method method, String pathAndQuery, String body,
                                       Map<String, String> headers, HttpResponse<String> response) {
        URI uri = URI.create(pathAndQuery);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        headers.forEach(request::withHeader);
        if (method != Request.Method.GET && !headers.containsKey("Authorization")) {
            ledger.adminAuthorization().forEach(request::withHeader); // what RunningLedger sends with every write
        }
        if (body != null) {
            request.withContentType("application/json").withBody(body);
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);

        ValidationReport report = validator.validate(request.build(), answer.build());

        assertThat(report.getMessages()).as(method + " " + pathAndQuery + " -> " + response.statusCode()).isEmpty();
    }
}

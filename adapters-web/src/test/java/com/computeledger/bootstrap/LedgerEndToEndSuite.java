package com.computeledger.bootstrap;

import static com.computeledger.bootstrap.RunningLedger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.H2Defaults;
import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.access.Role;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole service over HTTP on random ports: the acceptance criteria of the ledger, as a new user would
 * try them, run once per database (H2 file, PostgreSQL). Tests that write use their own customers so that
 * they do not disturb each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerEndToEndSuite {

    private static final String AWS = "/api/v1/deals/" + ArticleDemoData.OPENAI_AWS;

    private RunningLedger ledger;

    /** The application, started on a fresh database of the subclass's kind. */
    abstract RunningLedger startLedger();

    @BeforeAll
    void start() {
        ledger = startLedger();
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    /** The running application, for tests of a subclass. */
    RunningLedger ledger() {
        return ledger;
    }

    @Test
    void aFreshStartServesTheFourArticleDeals() {
        JsonNode page = json(ledger.get("/api/v1/deals?customer=OpenAI"));

        assertThat(page.get("items")).extracting(deal -> deal.get("providerId").asText())
                .containsExactlyInAnyOrder("aws", "microsoft-azure", "oracle", "google-cloud");
    }

    @Test
    void theAwsDealShowsItsFullDetail() {
        HttpResponse<String> response = ledger.get(AWS);
        JsonNode deal = json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(deal.at("/value/amount").asText()).isEqualTo("38000000000.00");
        assertThat(deal.at("/annualizedValue/amount").asText()).isEqualTo("5428571428.57");
        assertThat(deal.at("/term/end").asText()).isEqualTo("2032-11-03");
        assertThat(deal.at("/expansion/through").asText()).isEqualTo("2027-12-31");
        assertThat(deal.get("commitments")).extracting(c -> c.get("acceleratorId").asText())
                .containsExactly("nvidia-gb200", "nvidia-gb300");
        assertThat(deal.get("valueConfidence").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void invalidDealsAre4xxProblemsAndStoreNothing() {
        int before = countDeals();
        String valid = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"Invalid Co\"");
        String months = "\"durationMonths\": 84";
        List<Refusal> refusals = List.of(
                new Refusal(valid.replace("\"38000000000\"", "\"-38000000000\""), 422, "value.amount"),
                new Refusal(valid.replace(months, "\"durationMonths\": 0"), 422, "term.durationMonths"),
                new Refusal(valid.replace(months, "\"durationMonths\": 84.5"), 400, "term.durationMonths"),
                new Refusal(valid.replace("\"aws\"", "\"no-such-cloud\""), 422, "providerId"),
                new Refusal(valid.replace("nvidia-gb300", "no-such-chip"), 422, "commitments[1].acceleratorId"));

        refusals.forEach(refusal -> {
            HttpResponse<String> response = ledger.post("/api/v1/deals", refusal.body(), Map.of());
            assertThat(response.statusCode()).as(refusal.field()).isEqualTo(refusal.status());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(response).at("/errors/0/field").asText()).isEqualTo(refusal.field());
        });
        HttpResponse<String> malformed = ledger.post("/api/v1/deals", "{\"customer\": \"Invalid Co\",", Map.of());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "at com.", "at org.");
        assertThat(countDeals()).isEqualTo(before);
    }

    @Test
    void aRecordedDealCanBeRevisedMovedAndTraced() {
        String body = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"Lifecycle Labs\"");
        HttpResponse<String> created = ledger.post("/api/v1/deals", body,
                Map.of("Authorization", "Bearer " + ledger.issueKey("analyst", Role.EDITOR)));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(json(ledger.get(location)).get("customer").asText()).isEqualTo("Lifecycle Labs");

        String revisedBody = body.replace("\"38000000000\"", "\"40000000000\"");
        assertThat(ledger.put(location, revisedBody, Map.of()).statusCode()).isEqualTo(428);
        HttpResponse<String> revised = ledger.put(location, revisedBody, Map.of("If-Match", "\"1\""));
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(revised.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(ledger.put(location, body, Map.of("If-Match", "\"1\"")).statusCode()).isEqualTo(412);

        assertThat(ledger.post(location + "/status", "{\"status\":\"COMPLETED\"}", Map.of("If-Match", "\"2\""))
                .statusCode()).isEqualTo(409);
        assertThat(ledger.post(location + "/status", "{\"status\":\"ACTIVE\"}", Map.of("If-Match", "\"2\""))
                .statusCode()).isEqualTo(200);

        JsonNode history = json(ledger.get(location + "/history"));
        assertThat(history).extracting(entry -> entry.get("kind").asText())
                .containsExactly("RECORDED", "REVISED", "STATUS_CHANGED");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("analyst");
        assertThat(history.get(1).at("/changes/0/field").asText()).isEqualTo("value");
        assertThat(json(ledger.get(location)).get("version").asLong()).isEqualTo(3);
    }

    @Test
    void aDealAsReadGoesBackWithPutAndAMergePatchChangesOnlyWhatItNames() {
        String body = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"Round Trip Labs\"");
        String location = ledger.post("/api/v1/deals", body, Map.of()).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = ledger.get(location);

        HttpResponse<String> putBack = ledger.put(location, read.body(),
                Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
        assertThat(putBack.statusCode()).as(putBack.body()).isEqualTo(200);
        assertThat(json(putBack).get("version").asLong()).as("nothing changed, so no new version").isEqualTo(1);

        HttpResponse<String> patched = ledger.patch(location, "{\"customer\": \"Round Trip Group\"}",
                Map.of("If-Match", "\"1\""));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        ObjectNode before = (ObjectNode) json(read);
        ObjectNode after = (ObjectNode) json(patched);
        assertThat(after.get("customer").asText()).isEqualTo("Round Trip Group");
        for (String changes : List.of("customer", "version", "updatedAt")) {
            before.remove(changes);
            after.remove(changes);
        }
        assertThat(after).isEqualTo(before);
        assertThat(ledger.patch(location, "{\"customer\": \"Late\"}", Map.of("If-Match", "\"1\"")).statusCode())
                .isEqualTo(412);
    }

    @Test
    void aRetriedCreateWithItsIdempotencyKeyReturnsTheSameDeal() {
        String body = WebTestSupport.fixture("aws-deal-request.json").replace("\"OpenAI\"", "\"Idempotent Inc\"");
        Map<String, String> key = Map.of("Idempotency-Key", "idempotent-inc-1");

        HttpResponse<String> first = ledger.post("/api/v1/deals", body, key);
        HttpResponse<String> retry = ledger.post("/api/v1/deals", body.replace("\n", " "), key);
        HttpResponse<String> otherBody = ledger.post("/api/v1/deals", body.replace("\"38000000000\"", "\"1\""), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(retry).get("id").asText()).isEqualTo(json(first).get("id").asText());
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(json(ledger.get("/api/v1/deals?customer=Idempotent%20Inc")).get("items")).hasSize(1);
    }

    @Test
    void pagesFollowTheNextLinkToTheEnd() {
        List<String> ids = new ArrayList<>();
        String next = "/api/v1/deals?limit=2&sort=customer";
        while (next != null) {
            HttpResponse<String> response = ledger.get(next);
            json(response).get("items").forEach(deal -> ids.add(deal.get("id").asText()));
            next = response.headers().firstValue("Link")
                    .map(link -> link.substring(link.indexOf('<') + 1, link.indexOf('>'))).orElse(null);
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(countDeals());
    }

    @Test
    void theNextLinkInTheBodyKeepsTheFiltersToTheEnd() {
        List<String> providers = new ArrayList<>();
        String next = "/api/v1/deals?customer=openai&limit=1";
        while (next != null) {
            JsonNode page = json(ledger.get(next));
            page.get("items").forEach(deal -> providers.add(deal.get("providerId").asText()));
            URI link = page.has("next") ? URI.create(page.get("next").asText()) : null;
            next = link == null ? null : link.getRawPath() + "?" + link.getRawQuery();
        }
        assertThat(providers).containsExactlyInAnyOrder("aws", "microsoft-azure", "oracle", "google-cloud");

        URI second = URI.create(json(ledger.get("/api/v1/deals?customer=OpenAI&limit=1")).get("next").asText());
        String cursor = Arrays.stream(second.getRawQuery().split("&")).filter(part -> part.startsWith("cursor="))
                .findFirst().orElseThrow().substring("cursor=".length());
        HttpResponse<String> replayedAlone = ledger.get("/api/v1/deals?limit=1&cursor=" + cursor);
        assertThat(replayedAlone.statusCode()).isEqualTo(400);
        assertThat(json(replayedAlone).at("/errors/0/field").asText()).isEqualTo("cursor");
    }

    @Test
    void aReadRepeatingItsETagIsNotModified() {
        for (String path : List.of(AWS, "/api/v1/providers", "/api/v1/providers/aws", "/api/v1/accelerators")) {
            HttpResponse<String> first = ledger.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = ledger.get(path, Map.of("If-None-Match", etag));

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).contains(etag);
        }
    }

    @Test
    void theAnalyticsReproduceTheArticle() {
        JsonNode exposure = json(ledger.get("/api/v1/analytics/exposure?customer=OpenAI"));
        assertThat(exposure.at("/disclosedLow/amount").asText()).isEqualTo("588000000000.00");
        assertThat(exposure.get("undisclosedDeals").asLong()).isEqualTo(1);

        JsonNode scenario = json(ledger.get(
                "/api/v1/analytics/build-out?targetGigawatts=30&gigawattsPerWeek=1&quotedCapex=1400000000000"));
        assertThat(scenario.get("weeks").decimalValue()).isEqualByComparingTo("30");
        assertThat(scenario.at("/capex/amount").asText()).isEqualTo("1200000000000.00");
        assertThat(scenario.get("homesPowered").decimalValue()).isEqualByComparingTo("24900000");
        assertThat(scenario.at("/impliedCapexPerGigawatt/amount").asText()).isEqualTo("46666666666.67");

        JsonNode concentration = json(ledger.get("/api/v1/analytics/concentration?customer=OpenAI"));
        assertThat(concentration.at("/lowEnds/hhi").decimalValue()).isEqualByComparingTo("4452.54");
        assertThat(concentration.at("/lowEnds/verdict").asText()).isEqualTo("highly-concentrated");
        assertThat(concentration.get("withoutFigure").asLong()).isEqualTo(1);

        JsonNode timeline = json(ledger.get(
                "/api/v1/analytics/capacity-timeline?from=2026-12-01&to=2026-12-31&granularity=month&customer=OpenAI"));
        assertThat(timeline.at("/points/0/totalGigawatts").asText()).isEqualTo("0.450000");
        assertThat(timeline.at("/points/0/groups/0/estimated").asBoolean()).isTrue();
    }

    @Test
    void theDemoLoopsAreListedWithTheirValuesAndOpenAiHasCommittedThirtyYearsOfRevenue() {
        JsonNode report = json(ledger.get("/api/v1/analytics/closed-loops"));
        assertThat(loops(report)).containsEntry("amazon>anthropic", "undisclosed")
                .containsEntry("microsoft>openai", "13000000000.00-13800000000.00")
                .containsEntry("nvidia>openai>oracle", "10000000000.00-40000000000.00");
        assertThat(report.get("truncated").asBoolean()).isFalse();
        assertThat(report.get("circulatingSharePercentLow").decimalValue()).isPositive();

        JsonNode coverage = json(ledger.get("/api/v1/analytics/commitment-coverage?customer=openai"));
        assertThat(coverage.at("/commitments/low/amount").asText()).isEqualTo("610400000000.00");
        assertThat(coverage.get("yearsOfRevenueLow").decimalValue()).isEqualByComparingTo("30.52");
        assertThat(coverage.at("/runRate/annualRevenue/amount").asText()).isEqualTo("20000000000.00");
    }

    @Test
    void recordingAnInvestmentThatClosesALoopMakesItAppearAndRevisingItChangesItsValue() {
        assertThat(loops(json(ledger.get("/api/v1/analytics/closed-loops")))).doesNotContainKey("coreweave>openai");
        String investment = """
                {"kind": "EQUITY_INVESTMENT", "payer": "coreweave", "payee": "openai", "announcedOn": "2025-12-01",
                 "value": {"kind": "exact", "amount": "350000000"}, "valueConfidence": "ESTIMATED",
                 "sources": [{"title": "Illustration", "address": "https://example.com/i", "publishedOn": "2025-12-01"}]}""";
        HttpResponse<String> created = ledger.post("/api/v1/money-flows", investment, Map.of());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(json(ledger.get(location)).get("payer").asText()).isEqualTo("coreweave");
        assertThat(json(ledger.get(location + "/history")).get(0).get("kind").asText()).isEqualTo("RECORDED");

        assertThat(loops(json(ledger.get("/api/v1/analytics/closed-loops"))))
                .containsEntry("coreweave>openai", "350000000.00");
        assertThat(ledger.post("/api/v1/money-flows", "{\"kind\": \"EQUITY_INVESTMENT\", \"payer\": \"nobody\"}",
                Map.of()).statusCode()).isEqualTo(422);

        // Revised as a deal is: at the version read, one version more, the change in its history, the loop's new value.
        String larger = investment.replace("350000000", "400000000");
        HttpResponse<String> revised = ledger.put(location, larger, Map.of("If-Match", "\"1\""));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(revised.headers().firstValue("ETag")).contains("\"2\"");
        JsonNode history = json(ledger.get(location + "/history"));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("kind").asText()).isEqualTo("REVISED");
        assertThat(history.at("/1/changes/0/field").asText()).isEqualTo("value");
        assertThat(loops(json(ledger.get("/api/v1/analytics/closed-loops"))))
                .containsEntry("coreweave>openai", "400000000.00");
        assertThat(ledger.put(location, investment, Map.of("If-Match", "\"1\"")).statusCode()).as("stale")
                .isEqualTo(412);
        assertThat(ledger.put(location, investment, Map.of()).statusCode()).as("no If-Match").isEqualTo(428);
    }

    /** Each loop of a closed-loops answer as "firm>firm..." to its value: "low-high", the amount, or "undisclosed". */
    private static Map<String, String> loops(JsonNode report) {
        Map<String, String> loops = new LinkedHashMap<>();
        report.get("loops").forEach(loop -> {
            List<String> firms = new ArrayList<>();
            loop.get("firms").forEach(firm -> firms.add(firm.asText()));
            JsonNode value = loop.get("value");
            loops.put(String.join(">", firms), switch (value.get("kind").asText()) {
                case "exact" -> value.get("amount").asText();
                case "range" -> value.get("low").asText() + "-" + value.get("high").asText();
                default -> "undisclosed";
            });
        });
        return loops;
    }

    @Test
    void concentrationOfDealsLoadedThroughTheApiMatchesAHandComputation() {
        ledger.post("/api/v1/providers", "{\"id\":\"nebius\",\"name\":\"Nebius\",\"kind\":\"NEOCLOUD\"}", Map.of());
        ledger.post("/api/v1/providers", "{\"id\":\"iren\",\"name\":\"IREN\",\"kind\":\"NEOCLOUD\"}", Map.of());
        ledger.post("/api/v1/providers", "{\"id\":\"lambda\",\"name\":\"Lambda\",\"kind\":\"NEOCLOUD\"}", Map.of());
        recordMicrosoftDeal("nebius", "2025-09-08", "{\"kind\":\"range\",\"low\":\"17400000000\",\"high\":\"19400000000\"}");
        recordMicrosoftDeal("iren", "2025-11-03", "{\"kind\":\"exact\",\"amount\":\"9700000000\"}");
        recordMicrosoftDeal("lambda", "2025-11-03", "{\"kind\":\"undisclosed\"}");

        JsonNode report = json(ledger.get("/api/v1/analytics/concentration?customer=Microsoft&guidelines=us-2010"));

        // low ends: 17.4 / 27.1 = 64.21 %, 9.7 / 27.1 = 35.79 %, HHI 5403.66; high ends: 19.4 / 29.1 = 66.67 %, HHI 5555.56
        assertThat(report.get("counted").asLong()).isEqualTo(3);
        assertThat(report.get("withoutFigure").asLong()).isEqualTo(1);
        assertThat(report.at("/lowEnds/shares/0/providerId").asText()).isEqualTo("nebius");
        assertThat(report.at("/lowEnds/shares/0/sharePercent").decimalValue()).isEqualByComparingTo("64.21");
        assertThat(report.at("/lowEnds/shares/1/sharePercent").decimalValue()).isEqualByComparingTo("35.79");
        assertThat(report.at("/lowEnds/hhi").decimalValue()).isEqualByComparingTo("5403.66");
        assertThat(report.at("/lowEnds/totalValue/amount").asText()).isEqualTo("27100000000.00");
        assertThat(report.at("/lowEnds/shares/0/value/amount").asText()).isEqualTo("17400000000.00");
        assertThat(report.at("/lowEnds/shares/0/value/currency").asText()).isEqualTo("USD");
        assertThat(report.at("/lowEnds/cr4").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(report.at("/highEnds/shares/0/sharePercent").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(report.at("/highEnds/hhi").decimalValue()).isEqualByComparingTo("5555.56");
        assertThat(report.at("/highEnds/verdict").asText()).isEqualTo("highly-concentrated");
    }

    @Test
    void badAnalyticsParametersAre400Problems() {
        for (String query : List.of("/api/v1/analytics/concentration?measure=beauty",
                "/api/v1/analytics/capacity-timeline?from=2027-01-01&to=2026-01-01",
                "/api/v1/analytics/build-out?targetGigawatts=30&gigawattsPerWeek=-1",
                "/api/v1/analytics/exposure")) {
            HttpResponse<String> response = ledger.get(query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).get("type").asText()).startsWith("urn:compute-ledger:problem:");
        }
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        HttpResponse<String> noRoute = ledger.get("/api/v1/nothing-here");
        HttpResponse<String> noMethod = ledger.request("DELETE", "/api/v1/deals",
                ledger.adminAuthorization());

        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(json(noRoute).get("type").asText()).isEqualTo("urn:compute-ledger:problem:not-found");
        assertThat(noMethod.statusCode()).isEqualTo(405);
        assertThat(json(noMethod).get("type").asText()).isEqualTo("urn:compute-ledger:problem:method-not-allowed");
        assertThat(noMethod.headers().firstValue("Allow")).hasValueSatisfying(
                allowed -> assertThat(allowed).contains("GET", "POST"));
    }

    @Test
    void requestsTheServerCannotEvenParseAreProblemsToo() {
        String badEscape = ledger.raw("GET /api/v1/deals/%zz HTTP/1.1\r\nHost: ledger\r\nConnection: close\r\n\r\n");
        String hugeHeader = ledger.raw("GET /api/v1/deals HTTP/1.1\r\nHost: ledger\r\nX-Padding: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(badEscape).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json",
                "\"type\":\"urn:compute-ledger:problem:malformed-request\"").doesNotContain("<html");
        assertThat(hugeHeader).startsWith("HTTP/1.1 431").contains("Content-Type: application/problem+json",
                "\"type\":\"urn:compute-ledger:problem:request-headers-too-large\"", "\"status\":431");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAndItsProblems() {
        JsonNode document = json(ledger.get("/openapi.json"));

        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(json(ledger.get("/openapi.json"))).as("the same document every time it is served").isEqualTo(document);
        assertThat(document.at("/paths/~1api~1v1~1deals/post/security").toString()).isEqualTo("[{\"apiKey\":[]}]");
        assertThat(document.at("/paths/~1api~1v1~1deals/get/security").toString())
                .isEqualTo("[{},{\"apiKey\":[]}]");
        assertThat(document.get("paths").fieldNames()).toIterable().as("every route the resources serve, no other")
                .containsExactlyInAnyOrderElementsOf(ledger.apiRoutes())
                .contains("/api/v1/deals/{id}/status", "/api/v1/analytics/build-out");
        document.get("paths").forEach(item -> item.forEach(operation -> {
            assertThat(operation.get("responses").fieldNames()).toIterable().contains("400", "500")
                    .anyMatch(code -> code.startsWith("2"));
            assertThat(operation.at("/responses/500/content/application~1problem+json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/Problem");
            // each operation declares its own problems: a path id can be unknown, a body invalid, If-Match stale
            String parameters = operation.path("parameters").toString();
            List<String> declared = new ArrayList<>();
            operation.get("responses").fieldNames().forEachRemaining(declared::add);
            assertThat(declared).as(operation.path("operationId").asText())
                    .containsAll(parameters.contains("\"in\":\"path\"") ? List.of("404") : List.of())
                    .containsAll(operation.has("requestBody") ? List.of("415", "422") : List.of())
                    .containsAll(parameters.contains("\"If-Match\"") ? List.of("412", "428") : List.of());
        }));
        assertThat(document.at("/paths/~1api~1v1~1deals~1{id}/put/responses").fieldNames()).toIterable()
                .contains("200", "404", "412", "422", "428");
        Set<String> operationIds = new HashSet<>();
        document.get("paths").forEach(item -> item.forEach(operation -> {
            String id = operation.path("operationId").asText();
            assertThat(id).as("a meaningful operation id, not list_1").matches("[a-z][A-Za-z]+");
            assertThat(operationIds.add(id)).as(id + " is unique").isTrue();
            assertThat(operation.path("summary").asText()).as(id + " summary").isNotBlank();
            assertThat(operation.path("description").asText()).as(id + " description").isNotBlank();
            operation.path("parameters").forEach(parameter -> assertThat(parameter.path("description").asText())
                    .as(id + " parameter " + parameter.path("name").asText()).isNotBlank());
        }));
        assertThat(operationIds).contains("listDeals", "getDeal", "reviseDeal", "patchDeal", "getConcentration");
        JsonNode listDeals = document.at("/paths/~1api~1v1~1deals/get/parameters");
        assertThat(listDeals.findValues("name")).extracting(JsonNode::asText)
                .contains("provider", "customer", "status", "announcedFrom", "announcedTo", "sort", "limit", "cursor");
        listDeals.forEach(parameter -> {
            switch (parameter.get("name").asText()) {
                case "limit" -> {
                    assertThat(parameter.at("/schema/type").asText()).isEqualTo("integer");
                    assertThat(parameter.at("/schema/maximum").asInt()).isEqualTo(100);
                }
                case "status" -> assertThat(parameter.at("/schema/items/enum").toString()).contains("CANCELLED");
                case "announcedFrom" -> assertThat(parameter.at("/schema/format").asText()).isEqualTo("date");
                case "sort" -> assertThat(parameter.at("/schema/enum")).extracting(JsonNode::asText)
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(DealSort.values()).map(DealSort::parameter)
                                .toList());
                default -> { }
            }
        });
        assertThat(document.at("/paths/~1api~1v1~1analytics~1exposure/get/parameters").findParents("name").stream()
                .filter(parameter -> parameter.get("name").asText().equals("customer")).toList())
                .singleElement().satisfies(customer -> assertThat(customer.path("required").asBoolean()).isTrue());
        assertThat(document.at("/paths/~1api~1v1~1deals~1{id}/put/parameters").findParents("name").stream()
                .filter(parameter -> parameter.get("name").asText().equals("If-Match"))
                .allMatch(parameter -> parameter.path("required").asBoolean())).isTrue();
        JsonNode dealRequest = document.at("/components/schemas/DealRequest");
        assertThat(dealRequest.get("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("customer", "providerId", "announcedOn", "value", "valueConfidence");
        assertThat(dealRequest.at("/properties/customer/maxLength").asInt()).isEqualTo(Customer.MAX_LENGTH);
        assertThat(dealRequest.at("/properties/commitments/maxItems").asInt()).isEqualTo(DealDetails.MAX_COMMITMENTS);
        assertThat(document.at("/components/schemas/SourceJson/properties/title/maxLength").asInt())
                .isEqualTo(Source.MAX_TITLE_LENGTH);
        ObjectNode shown = dealRequest.get("example").deepCopy();
        shown.put("customer", "Example Shown Co"); // this suite's tests write under customers of their own
        HttpResponse<String> example = ledger.post("/api/v1/deals", shown.toString(), Map.of());
        assertThat(example.statusCode()).as("the example the document shows is accepted: " + example.body())
                .isEqualTo(201);
        assertThat(ledger.get("/openapi.yaml").body()).startsWith("openapi: 3.");
        assertThat(document.at("/components/schemas/Problem/properties/type/description").asText())
                .contains("urn:compute-ledger:problem:stale-version (412", "urn:compute-ledger:problem:invalid-field");
    }

    @Test
    void theOwaspExclusionsCoverNoSchemaARequestSends() throws Exception {
        JsonNode document = json(ledger.get("/openapi.json"));
        Set<String> excluded = new HashSet<>();
        Matcher names = Pattern.compile("#/components/schemas/(\\w+)")
                .matcher(Files.readString(Path.of("../.ci/owasp-ruleset.yaml")));
        while (names.find()) {
            excluded.add(names.group(1));
        }
        Set<String> sent = new HashSet<>();
        List<JsonNode> toVisit = new ArrayList<>(document.get("paths").findValues("requestBody"));
        while (!toVisit.isEmpty()) {
            for (JsonNode reference : toVisit.remove(0).findValues("$ref")) {
                String name = reference.asText().replace("#/components/schemas/", "");
                if (sent.add(name)) {
                    toVisit.add(document.at("/components/schemas/" + name));
                }
            }
        }

        assertThat(excluded).as("response schemas excluded from the OWASP size limits").contains("DealResponse")
                .allSatisfy(name -> assertThat(document.at("/components/schemas/" + name).isMissingNode()).isFalse());
        assertThat(sent).contains("DealRequest", "CommitmentJson", "ValueJson").doesNotContainAnyElementsOf(excluded);
    }

    @Test
    void swaggerUiShowsTheDocumentAtDocs() {
        HttpResponse<String> page = ledger.get("/docs/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/docs/ui/swagger-ui-bundle.js", "/docs/init.js");
        assertThat(ledger.get("/docs/init.js").body()).contains("SwaggerUIBundle", "/openapi.json");
        assertThat(ledger.get("/docs/ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminPortReportsTheDatabaseHealthy() {
        JsonNode health = json(ledger.admin("GET", "/healthcheck"));
        assertThat(health.fieldNames()).toIterable().as("one database check, beside Dropwizard's deadlock check")
                .containsExactlyInAnyOrder("db", "deadlocks");
        assertThat(health.at("/db/healthy").asBoolean()).isTrue();
    }

    @Test
    void theShippedConfigurationUsesTheSameH2SettingsAsTheTests() throws Exception {
        String config = Files.readString(Path.of("config.yml"));
        assertThat(config).contains(H2Defaults.portableSettings());
    }

    private void recordMicrosoftDeal(String provider, String announcedOn, String value) {
        String body = "{\"customer\":\"Microsoft\",\"providerId\":\"" + provider + "\",\"announcedOn\":\""
                + announcedOn + "\",\"term\":{\"start\":\"" + announcedOn + "\",\"durationMonths\":60},\"value\":"
                + value + ",\"valueConfidence\":\"CONFIRMED\"}";
        assertThat(ledger.post("/api/v1/deals", body, Map.of()).statusCode()).isEqualTo(201);
    }

    /** A request body the API must refuse, with the status and the field the problem names. */
    private record Refusal(String body, int status, String field) {
    }

    private int countDeals() {
        return json(ledger.get("/api/v1/deals?limit=100")).get("items").size();
    }
}

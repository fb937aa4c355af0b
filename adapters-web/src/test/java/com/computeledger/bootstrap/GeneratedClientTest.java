package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.client.ApiClient;
import com.computeledger.client.ApiException;
import com.computeledger.client.ApiResponse;
import com.computeledger.client.api.AnalyticsApi;
import com.computeledger.client.api.DealsApi;
import com.computeledger.client.model.CommitmentJson;
import com.computeledger.client.model.DealPageResponse;
import com.computeledger.client.model.DealRequest;
import com.computeledger.client.model.DealResponse;
import com.computeledger.client.model.FieldError;
import com.computeledger.client.model.HistoryEntryResponse;
import com.computeledger.client.model.Problem;
import com.computeledger.client.model.SourceJson;
import com.computeledger.client.model.StatusChangeRequest;
import com.computeledger.client.model.TermRequest;
import com.computeledger.client.model.ValueJson;
import com.computeledger.domain.access.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README tour through a Java client that OpenAPI Generator wrote from the API's document during the build
 * (target/generated-test-client, never committed): if the document lied about a path, a parameter, a body or a
 * problem, this client would not compile or these calls would fail. Problem bodies are read as typed objects.
 */
class GeneratedClientTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.perClass();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theClientWasGeneratedFromTheDocumentTheServiceServes() throws IOException {
        JsonNode generatedFrom = JSON.readTree(Files.readString(Path.of("target/openapi/compute-ledger.json")));

        assertThat(RunningLedger.json(ledger.get("/openapi.json"))).isEqualTo(generatedFrom);
    }

    @Test
    void theReadmeTourRunsThroughTheGeneratedClient() throws ApiException, IOException {
        DealsApi anonymous = new DealsApi(client(null));
        DealsApi editor = new DealsApi(client(ledger.issueKey("generated-client", Role.EDITOR)));
        AnalyticsApi analytics = new AnalyticsApi(client(null));

        DealPageResponse openAi = anonymous.listDeals("OpenAI", null, null, null, null, null, 2, null);
        assertThat(openAi.getItems()).hasSize(2);
        assertThat(openAi.getNext()).contains("customer=OpenAI", "limit=2", "cursor=");
        ApiResponse<DealResponse> aws = anonymous.getDealWithHttpInfo(ArticleDemoData.OPENAI_AWS.value(), null);
        assertThat(aws.getData().getValue().getAmount()).isEqualTo("38000000000.00");
        assertThat(aws.getHeaders().get("etag")).containsExactly("\"1\"");

        Problem unauthorized = problem(() -> anonymous.recordDeal(null, deal("Generated Client Co", "10000000000")));
        assertThat(unauthorized.getStatus()).isEqualTo(401);
        assertThat(unauthorized.getType().toString()).isEqualTo("urn:compute-ledger:problem:unauthorized");

        DealResponse recorded = editor.recordDeal(null, deal("Generated Client Co", "10000000000"));
        UUID id = UUID.fromString(recorded.getId());
        assertThat(recorded.getVersion()).isEqualTo(1);
        DealResponse revised = editor.reviseDeal(id, "\"1\"", deal("Generated Client Co", "12000000000"));
        assertThat(revised.getValue().getAmount()).isEqualTo("12000000000.00");
        Problem stale = problem(() -> editor.reviseDeal(id, "\"1\"", deal("Generated Client Co", "13000000000")));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getType().toString()).isEqualTo("urn:compute-ledger:problem:stale-version");
        DealResponse active = editor.changeDealStatus(id, "\"2\"",
                new StatusChangeRequest().status(StatusChangeRequest.StatusEnum.ACTIVE));
        assertThat(active.getStatus()).isEqualTo(DealResponse.StatusEnum.ACTIVE);
        DealResponse patched = editor.patchDeal(id, "\"3\"", Map.of("valueConfidence", "CONFIRMED"));
        assertThat(patched.getValueConfidence()).isEqualTo(DealResponse.ValueConfidenceEnum.CONFIRMED);
        assertThat(patched.getCustomer()).isEqualTo("Generated Client Co");
        assertThat(editor.getDealHistory(id)).extracting(HistoryEntryResponse::getKind)
                .containsExactly("RECORDED", "REVISED", "STATUS_CHANGED", "REVISED");

        Problem invalid = problem(() -> editor.recordDeal(null, new DealRequest()));
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getErrors()).extracting(FieldError::getField)
                .containsExactly("customer", "providerId", "announcedOn", "value", "valueConfidence");

        assertThat(analytics.getConcentration(null, null, "OpenAI", null, null, null, null).getLowEnds().getHhi())
                .isEqualByComparingTo("4452.54");
        assertThat(analytics.getExposure("OpenAI", null, null, null, null).getDisclosedLow().getAmount())
                .isEqualTo("588000000000.00");
        assertThat(analytics.getCapacityTimeline(LocalDate.parse("2025-10-01"), LocalDate.parse("2027-12-31"),
                "quarter", "provider", null, null, null, null, null).getPoints()).hasSize(9);
        assertThat(analytics.getEquivalences("1", null, null).getCapex().getAmount()).isEqualTo("40000000000.00");
        assertThat(analytics.getBuildOutScenario("30", "1", null, null, "1400000000000").getWeeks())
                .isEqualByComparingTo("30");
    }

    private static ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(ledger.uri("").toString());
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }

    private static DealRequest deal(String customer, String amount) {
        return new DealRequest().customer(customer).providerId("aws").announcedOn(LocalDate.parse("2025-11-03"))
                .term(new TermRequest().start(LocalDate.parse("2025-11-03")).durationMonths(84))
                .value(new ValueJson().kind(ValueJson.KindEnum.EXACT).amount(amount).currency(ValueJson.CurrencyEnum.USD))
                .valueConfidence(DealRequest.ValueConfidenceEnum.REPORTED)
                .commitments(List.of(new CommitmentJson().acceleratorId("nvidia-gb300").units(1000L)
                        .fullCapacityBy(LocalDate.parse("2026-12-31"))))
                .sources(List.of(new SourceJson().title("Press report").address(URI.create("https://example.com/report"))
                        .publishedOn(LocalDate.parse("2025-11-03"))));
    }

    /** The problem body of the refused call, read as the generated client's own type. */
    private static Problem problem(Call call) throws IOException {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("the call should have been refused").isNotNull();
        return new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }

    /** A call of the generated client that is expected to fail. */
    @FunctionalInterface
    private interface Call {
        void run() throws ApiException;
    }
}

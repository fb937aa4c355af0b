package com.computeledger.adapters.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.application.analytics.port.in.ConfidenceMixUseCases;
import com.computeledger.domain.analytics.ConfidenceMix;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Money;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/** Exercise 3 (docs/exercises.md): the acceptance tests of {@code ConfidenceMixResource}, its in-port mocked. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConfidenceMixResourceExerciseTest {

    private static final ConfidenceMixUseCases MIX = mock(ConfidenceMixUseCases.class);
    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new ConfidenceMixResource(MIX));

    @Test
    void answersTheMixAsJsonWithMoneyAndSharesAsDecimalStrings() {
        when(MIX.confidenceMix(any())).thenReturn(new ConfidenceMix(Map.of(
                ValueConfidence.CONFIRMED, Money.usd("288000000000"), ValueConfidence.REPORTED,
                Money.usd("300000000000"), ValueConfidence.ESTIMATED, Money.ZERO), 1));

        Response response = RESOURCES.target("/api/v1/analytics/confidence-mix").queryParam("provider", "Oracle")
                .request().get();
        JsonNode body = WebTestSupport.strictJson(response.readEntity(String.class));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body.get("total").asText()).isEqualTo("588000000000.00");
        assertThat(body.get("undisclosedDeals").asInt()).isEqualTo(1);
        assertThat(body.at("/byConfidence/0/confidence").asText()).isEqualTo("CONFIRMED");
        assertThat(body.at("/byConfidence/0/sharePercent").asText()).isEqualTo("48.98");
        assertThat(body.at("/byConfidence/1/value").asText()).isEqualTo("300000000000.00");
        ArgumentCaptor<DealFilter> filter = ArgumentCaptor.forClass(DealFilter.class);
        verify(MIX).confidenceMix(filter.capture());
        assertThat(filter.getValue().providerId()).contains(new ProviderId("oracle"));
    }

    @Test
    void anInvalidProviderIsAProblemNamingTheParameter() {
        Response response = RESOURCES.target("/api/v1/analytics/confidence-mix").queryParam("provider", "no such!")
                .request().get();
        JsonNode problem = WebTestSupport.strictJson(response.readEntity(String.class));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        assertThat(problem.toString()).contains("provider");
        assertThat(Optional.ofNullable(problem.get("status")).map(JsonNode::asInt)).contains(400);
    }
}

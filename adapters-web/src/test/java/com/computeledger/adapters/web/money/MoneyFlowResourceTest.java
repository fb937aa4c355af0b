package com.computeledger.adapters.web.money;

import static com.computeledger.adapters.web.WebTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.adapters.web.platform.problem.Problem;
import com.computeledger.adapters.web.platform.problem.ProblemType;
import com.computeledger.application.money.port.in.MoneyFlowAnalyticsUseCases;
import com.computeledger.application.money.port.in.MoneyFlowUseCases;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The money-flow and money-analytics resources against mocked in-ports. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MoneyFlowResourceTest {

    private static final MoneyFlowUseCases FLOWS = mock(MoneyFlowUseCases.class);
    private static final MoneyFlowAnalyticsUseCases ANALYTICS = mock(MoneyFlowAnalyticsUseCases.class);
    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new MoneyFlowResource(FLOWS),
            new MoneyAnalyticsResource(ANALYTICS));

    @AfterEach
    void resetMocks() {
        reset(FLOWS, ANALYTICS);
    }

    @Test
    void anUpToInvestmentIsRecordedAsARangeWith201LocationAndETag() {
        MoneyFlowDetails details = new MoneyFlowDetails(MoneyFlowKind.EQUITY_INVESTMENT, new OrganisationId("nvidia"),
                new OrganisationId("openai"), LocalDate.of(2025, 9, 22), Term.undisclosed(),
                DealValue.range(Money.usd("10000000000"), Money.usd("100000000000")), ValueConfidence.REPORTED,
                List.of(new Source("Press report", URI.create("https://example.com/report"), LocalDate.of(2025, 9, 22))));
        MoneyFlow flow = MoneyFlow.record(new MoneyFlowId(UUID.fromString("00000000-0000-0000-0000-000000000016")),
                details, Actor.ANONYMOUS, Instant.parse("2026-11-28T00:00:00Z")).flow();
        when(FLOWS.record(any())).thenReturn(flow);

        Response response = RESOURCES.target("/api/v1/money-flows").request()
                .post(Entity.json(MoneyFlowJson.EXAMPLE_REQUEST));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation().getPath()).isEqualTo("/api/v1/money-flows/" + flow.id());
        assertThat(response.getEntityTag().getValue()).isEqualTo("1");
        assertThat(WebTestSupport.strictJson(response.readEntity(String.class)).at("/value/high").asText())
                .isEqualTo("100000000000.00");
    }

    @Test
    void oneAnswerNamesEveryInvalidFieldAndNothingIsRecorded() {
        Problem problem = problem(RESOURCES.target("/api/v1/money-flows").request().post(Entity.json("""
                {"kind": "EQUITY_INVESTMENT", "payer": "Not A Slug", "payee": "openai", "announcedOn": "1800-01-01",
                 "value": {"kind": "range", "low": "5", "high": "1"}, "valueConfidence": "REPORTED", "sources": []}""")));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("payer", "announcedOn", "value.high", "sources");
        verify(FLOWS, never()).record(any());
    }

    @Test
    void theLoopLimitIsBoundedAndAnUnknownKindIsRefused() {
        assertThat(problem(RESOURCES.target("/api/v1/analytics/closed-loops").queryParam("limit", 1001).request().get())
                .type()).isEqualTo(ProblemType.INVALID_PARAMETER.uri());
        assertThat(problem(RESOURCES.target("/api/v1/analytics/money-flows").queryParam("kind", "GIFT").request().get())
                .errors()).extracting(Problem.FieldError::field).containsExactly("kind");
        assertThat(problem(RESOURCES.target("/api/v1/money-flows").queryParam("cursor", "nope").request().get())
                .status()).isEqualTo(400);
        verify(ANALYTICS, never()).closedLoops(any(), anyInt());
    }
}

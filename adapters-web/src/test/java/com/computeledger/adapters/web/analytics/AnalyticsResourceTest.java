package com.computeledger.adapters.web.analytics;

import static com.computeledger.adapters.web.WebTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.computeledger.adapters.web.WebTestSupport;
import com.computeledger.adapters.web.platform.problem.Problem;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ConcentrationQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ExposureQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.TimelineQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases;
import com.computeledger.domain.analytics.BuildOutScenario;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.CapacityTimeline;
import com.computeledger.domain.analytics.CapacityTimelineReport;
import com.computeledger.domain.analytics.ConcentrationMeasure;
import com.computeledger.domain.analytics.ConcentrationReport;
import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.analytics.MergerGuidelines;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGranularity;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

/** The analytics resource against mocked in-ports: parameters in, reports out as JSON, bad parameters as 400. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AnalyticsResourceTest {

    private static final MarketAnalyticsUseCases ANALYTICS = mock(MarketAnalyticsUseCases.class);

    private static final ResourceExtension RESOURCES = WebTestSupport.resources(new AnalyticsResource(ANALYTICS));

    private static final ProviderId AWS = new ProviderId("aws");
    private static final ProviderId ORACLE = new ProviderId("oracle");

    @AfterEach
    void resetMocks() {
        reset(ANALYTICS);
    }

    @Test
    void concentrationLeavesCancelledDealsOutByDefaultAndAnswersAtBothEnds() {
        when(ANALYTICS.concentration(any())).thenReturn(ConcentrationReport.byValue(List.of(
                new ProviderValueTotals(AWS, 1, 0, Money.usd("38000000000"), Money.usd("38000000000")),
                new ProviderValueTotals(ORACLE, 2, 1, Money.usd("300000000000"), Money.usd("300000000000"))),
                MergerGuidelines.US_2023));

        JsonNode report = json(analytics("concentration").queryParam("customer", "OpenAI"));

        ArgumentCaptor<ConcentrationQuery> query = ArgumentCaptor.forClass(ConcentrationQuery.class);
        verify(ANALYTICS).concentration(query.capture());
        assertThat(query.getValue().measure()).isEqualTo(ConcentrationMeasure.VALUE);
        assertThat(query.getValue().guidelines()).isEqualTo(MergerGuidelines.US_2023);
        assertThat(query.getValue().filter().statuses()).isEqualTo(DealFilter.notCancelled());
        assertThat(query.getValue().filter().customer()).contains(Customer.of("OpenAI"));
        assertThat(report.get("measure").asText()).isEqualTo("value");
        assertThat(report.get("guidelines").asText()).isEqualTo("us-2023");
        assertThat(report.at("/thresholds/highlyConcentratedAbove").decimalValue()).isEqualByComparingTo("1800");
        assertThat(report.get("counted").asLong()).isEqualTo(3);
        assertThat(report.get("withoutFigure").asLong()).isEqualTo(1);
        assertThat(report.at("/lowEnds/shares/0/providerId").asText()).isEqualTo("oracle");
        assertThat(report.at("/lowEnds/shares/0/value")).isEqualTo(moneyJson("300000000000.00"));
        assertThat(report.at("/lowEnds/totalValue")).isEqualTo(moneyJson("338000000000.00"));
        assertThat(report.get("lowEnds").has("totalGigawatts")).isFalse();
        assertThat(report.at("/lowEnds/shares/0").has("gigawatts")).isFalse();
        assertThat(report.at("/lowEnds/verdict").asText()).isEqualTo("highly-concentrated");
        assertThat(report.at("/highEnds/hhi").decimalValue()).isEqualByComparingTo(report.at("/lowEnds/hhi")
                .decimalValue());
    }

    @Test
    void concentrationTakesMeasureGuidelinesAndStatusesFromTheQuery() {
        when(ANALYTICS.concentration(any())).thenReturn(ConcentrationReport.byPower(List.of(), MergerGuidelines.US_2010));

        JsonNode report = json(analytics("concentration").queryParam("measure", "power")
                .queryParam("guidelines", "us-2010").queryParam("status", "CANCELLED"));

        ArgumentCaptor<ConcentrationQuery> query = ArgumentCaptor.forClass(ConcentrationQuery.class);
        verify(ANALYTICS).concentration(query.capture());
        assertThat(query.getValue().measure()).isEqualTo(ConcentrationMeasure.POWER);
        assertThat(query.getValue().guidelines()).isEqualTo(MergerGuidelines.US_2010);
        assertThat(query.getValue().filter().statuses()).containsExactly(DealStatus.CANCELLED);
        assertThat(report.has("lowEnds")).as("no answer when nothing was weighed").isFalse();
        assertThat(report.get("withoutFigureMeaning").asText()).contains("gigawatts");
    }

    @Test
    void concentrationByPowerWeighsInGigawattStringsAndNamesNoMoney() {
        when(ANALYTICS.concentration(any())).thenReturn(ConcentrationReport.byPower(List.of(
                new ProviderPowerTotals(AWS, 2, 0, Gigawatts.of("1.5"), Gigawatts.of("0.25")),
                new ProviderPowerTotals(ORACLE, 1, 0, Gigawatts.of("4.5"), Gigawatts.ZERO)), MergerGuidelines.US_2023));

        JsonNode report = json(analytics("concentration").queryParam("measure", "power"));

        assertThat(report.at("/lowEnds/totalGigawatts").isTextual()).isTrue();
        assertThat(new BigDecimal(report.at("/lowEnds/totalGigawatts").asText())).isEqualByComparingTo("6.25");
        assertThat(report.at("/lowEnds/shares/0/providerId").asText()).isEqualTo("oracle");
        assertThat(new BigDecimal(report.at("/lowEnds/shares/0/gigawatts").asText())).isEqualByComparingTo("4.5");
        assertThat(report.at("/lowEnds/shares/0/sharePercent").decimalValue()).isEqualByComparingTo("72.00");
        assertThat(report.get("lowEnds").has("totalValue")).isFalse();
        assertThat(report.at("/lowEnds/shares/0").has("value")).isFalse();
    }

    @Test
    void exposureNeedsACustomerAndSumsItsProviders() {
        when(ANALYTICS.exposure(any())).thenReturn(CustomerExposure.of(Customer.of("OpenAI"), List.of(
                commitments(AWS, "38000000000"), commitments(ORACLE, "300000000000"))));

        Problem missing = problem(analytics("exposure").request().get());
        JsonNode exposure = json(analytics("exposure").queryParam("customer", "OpenAI"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errors()).containsExactly(new Problem.FieldError("customer", "is required"));
        ArgumentCaptor<ExposureQuery> query = ArgumentCaptor.forClass(ExposureQuery.class);
        verify(ANALYTICS).exposure(query.capture());
        assertThat(query.getValue().customer()).isEqualTo(Customer.of("OpenAI"));
        assertThat(exposure.at("/disclosedLow/amount").asText()).isEqualTo("338000000000.00");
        assertThat(exposure.at("/disclosedLow/currency").asText()).isEqualTo("USD");
        assertThat(exposure.at("/largestProvider/providerId").asText()).isEqualTo("oracle");
        assertThat(exposure.get("byProvider")).extracting(provider -> provider.get("providerId").asText())
                .containsExactly("oracle", "aws");
    }

    @Test
    void capacityTimelineNeedsAnOrderedPeriod() {
        LocalDate from = LocalDate.parse("2026-10-01");
        LocalDate to = LocalDate.parse("2026-12-31");
        CapacityRamp ramp = new CapacityRamp("aws", LocalDate.parse("2025-11-03"), LocalDate.parse("2026-12-31"),
                Gigawatts.of("0.45"), true);
        when(ANALYTICS.capacityTimeline(any())).thenReturn(new CapacityTimelineReport(TimelineGrouping.PROVIDER,
                CapacityTimeline.of(List.of(ramp), from, to, TimelineGranularity.QUARTER), 2));

        JsonNode timeline = json(analytics("capacity-timeline").queryParam("from", "2026-10-01")
                .queryParam("to", "2026-12-31"));

        ArgumentCaptor<TimelineQuery> query = ArgumentCaptor.forClass(TimelineQuery.class);
        verify(ANALYTICS).capacityTimeline(query.capture());
        assertThat(query.getValue().granularity()).isEqualTo(TimelineGranularity.QUARTER);
        assertThat(query.getValue().grouping()).isEqualTo(TimelineGrouping.PROVIDER);
        assertThat(timeline.get("commitmentsLeftOut").asLong()).isEqualTo(2);
        assertThat(timeline.at("/points/0/totalGigawatts").asText()).isEqualTo("0.450000");
        assertThat(timeline.at("/points/0/groups/0/estimated").asBoolean()).isTrue();
        assertThat(parameterErrors(analytics("capacity-timeline").queryParam("to", "2026-12-31")))
                .containsExactly("from");
        assertThat(parameterErrors(analytics("capacity-timeline").queryParam("from", "2027-01-01")
                .queryParam("to", "2026-12-31"))).containsExactly("from");
        assertThat(parameterErrors(analytics("capacity-timeline").queryParam("from", "2026-10-01")
                .queryParam("to", "2026-12-31").queryParam("granularity", "week"))).containsExactly("granularity");
    }

    @Test
    void equivalencesUseTheFactorsThePortGives() {
        when(ANALYTICS.equivalences(Optional.empty(), Optional.empty())).thenReturn(PowerEquivalences.ARTICLE_DEFAULTS);

        JsonNode answer = json(analytics("equivalences").queryParam("gigawatts", "1.5"));

        assertThat(answer.get("gigawatts").asText()).isEqualTo("1.500000");
        assertThat(answer.get("homes").decimalValue()).isEqualByComparingTo("1245000");
        assertThat(answer.at("/capex/amount").asText()).isEqualTo("60000000000.00");
        assertThat(answer.at("/factors/homesPerGigawatt").decimalValue()).isEqualByComparingTo("830000");
        assertThat(parameterErrors(analytics("equivalences"))).containsExactly("gigawatts");
        assertThat(parameterErrors(analytics("equivalences").queryParam("gigawatts", "-1")))
                .containsExactly("gigawatts");
        assertThat(parameterErrors(analytics("equivalences").queryParam("gigawatts", "1")
                .queryParam("capexPerGigawatt", "1".repeat(41)))).containsExactly("capexPerGigawatt");
    }

    @Test
    void aBuildOutScenarioReproducesTheArticle() {
        PowerEquivalences articleFactors = PowerEquivalences.ARTICLE_DEFAULTS;
        when(ANALYTICS.equivalences(Optional.empty(), Optional.empty())).thenReturn(articleFactors);
        when(ANALYTICS.scenario(Gigawatts.of("30"), Gigawatts.of("1"), articleFactors))
                .thenReturn(new BuildOutScenario(Gigawatts.of("30"), Gigawatts.of("1"), articleFactors));

        JsonNode scenario = json(analytics("build-out").queryParam("targetGigawatts", "30")
                .queryParam("gigawattsPerWeek", "1").queryParam("quotedCapex", "1400000000000"));

        assertThat(scenario.get("weeks").decimalValue()).isEqualByComparingTo("30");
        assertThat(scenario.at("/capex/amount").asText()).isEqualTo("1200000000000.00");
        assertThat(scenario.at("/impliedCapexPerGigawatt/amount").asText()).isEqualTo("46666666666.67");
        assertThat(parameterErrors(analytics("build-out").queryParam("targetGigawatts", "30")))
                .containsExactly("gigawattsPerWeek");
        verify(ANALYTICS).scenario(Gigawatts.of("30"), Gigawatts.of("1"), articleFactors);
    }

    @Test
    void unknownChoicesNameTheAllowedValues() {
        Problem problem = problem(analytics("concentration").queryParam("measure", "beauty").request().get());

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("measure", "must be one of value, power"));
        verifyNoInteractions(ANALYTICS);
    }

    private static ProviderCommitments commitments(ProviderId provider, String total) {
        Money amount = Money.usd(total);
        return new ProviderCommitments(provider, 1, 0, amount, amount, 0, Money.ZERO, Money.ZERO);
    }

    private static WebTarget analytics(String analysis) {
        return RESOURCES.target("/api/v1/analytics/" + analysis);
    }

    private static JsonNode json(WebTarget target) {
        Response response = target.request().get();
        assertThat(response.getStatus()).as(response.toString()).isEqualTo(200);
        try {
            return WebTestSupport.MAPPER.readTree(response.readEntity(String.class));
        } catch (IOException notJson) {
            throw new AssertionError("the body is not JSON", notJson);
        }
    }

    /** The fields a 400 problem names. */
    private static List<String> parameterErrors(WebTarget target) {
        Problem problem = problem(target.request().get());
        assertThat(problem.status()).isEqualTo(400);
        return problem.errors().stream().map(Problem.FieldError::field).toList();
    }

    private static JsonNode moneyJson(String amount) {
        return JsonNodeFactory.instance.objectNode().put("amount", amount).put("currency", "USD");
    }
}

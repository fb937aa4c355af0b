package com.computeledger.application.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ConcentrationQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ExposureQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.TimelineQuery;
import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.CapacityTimelineReport;
import com.computeledger.domain.analytics.ConcentrationMeasure;
import com.computeledger.domain.analytics.ConcentrationReport;
import com.computeledger.domain.analytics.ConcentrationVerdict;
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
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class MarketAnalyticsServiceTest {

    private static final DealFilter NOT_CANCELLED = new DealFilter(Optional.empty(), Optional.empty(),
            DealFilter.notCancelled(), Optional.empty(), Optional.empty());

    @Mock
    private MarketStatistics statistics;

    private MarketAnalyticsService service;

    @BeforeEach
    void setUp() {
        service = new MarketAnalyticsService(statistics, TransactionalMocks.passThroughUnitOfWork(),
                PowerEquivalences.ARTICLE_DEFAULTS);
    }

    @Test
    void concentrationByValueGivesLowAndHighAnswersAndCountsUndisclosedDeals() {
        when(statistics.valueByProvider(NOT_CANCELLED)).thenReturn(List.of(
                new ProviderValueTotals(new ProviderId("oracle"), 1, 0, Money.usd("300"), Money.usd("300")),
                new ProviderValueTotals(new ProviderId("coreweave"), 2, 1, Money.usd("100"), Money.usd("700"))));

        ConcentrationReport report = service.concentration(
                new ConcentrationQuery(NOT_CANCELLED, ConcentrationMeasure.VALUE, MergerGuidelines.US_2023));

        assertThat(report.itemsCounted()).isEqualTo(3);
        assertThat(report.itemsWithoutFigure()).isEqualTo(1);
        assertThat(report.atLowEnds()).hasValueSatisfying(low -> assertThat(low.hhi()).isEqualByComparingTo("6250"));
        assertThat(report.atHighEnds()).hasValueSatisfying(high -> {
            assertThat(high.hhi()).isEqualByComparingTo("5800");
            assertThat(high.shares().get(0).providerId().value()).isEqualTo("coreweave");
        });
    }

    @Test
    void concentrationByPowerAddsStatedAndEstimatedGigawatts() {
        when(statistics.powerByProvider(NOT_CANCELLED)).thenReturn(List.of(
                new ProviderPowerTotals(new ProviderId("aws"), 2, 0, Gigawatts.ZERO, Gigawatts.of("0.45")),
                new ProviderPowerTotals(new ProviderId("oracle"), 1, 1, Gigawatts.of("0.45"), Gigawatts.ZERO)));

        ConcentrationReport report = service.concentration(
                new ConcentrationQuery(NOT_CANCELLED, ConcentrationMeasure.POWER, MergerGuidelines.US_2010));

        assertThat(report.atLowEnds()).isEqualTo(report.atHighEnds());
        assertThat(report.atLowEnds()).hasValueSatisfying(c -> {
            assertThat(c.hhi()).isEqualByComparingTo("5000");
            assertThat(c.verdict()).isEqualTo(ConcentrationVerdict.HIGHLY_CONCENTRATED);
        });
        assertThat(report.itemsWithoutFigure()).isEqualTo(1);
    }

    @Test
    void exposureAsksForTheCustomersDealsOnly() {
        Customer openAi = Customer.of("OpenAI");
        DealFilter customerFilter = new DealFilter(Optional.empty(), Optional.of(openAi), DealFilter.notCancelled(),
                Optional.empty(), Optional.empty());
        when(statistics.commitmentsByProvider(customerFilter)).thenReturn(List.of(new ProviderCommitments(
                new ProviderId("aws"), 1, 0, Money.usd("38000000000"), Money.usd("38000000000"), 1,
                Money.usd("5428571428.57"), Money.usd("5428571428.57"))));

        CustomerExposure exposure = service.exposure(new ExposureQuery(openAi, NOT_CANCELLED));

        assertThat(exposure.lowTotal()).isEqualTo(Money.usd("38000000000"));
        verify(statistics).commitmentsByProvider(customerFilter);
    }

    @Test
    void timelineReportsTheCommitmentsItCouldNotPlace() {
        when(statistics.capacityRamps(NOT_CANCELLED, TimelineGrouping.PROVIDER)).thenReturn(List.of(
                new CapacityRamp("aws", LocalDate.of(2025, 11, 3), LocalDate.of(2026, 12, 31), Gigawatts.of("0.45"),
                        true)));
        when(statistics.commitmentsWithoutRamp(NOT_CANCELLED)).thenReturn(3L);

        CapacityTimelineReport report = service.capacityTimeline(new TimelineQuery(NOT_CANCELLED,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), TimelineGranularity.QUARTER,
                TimelineGrouping.PROVIDER));

        assertThat(report.commitmentsLeftOut()).isEqualTo(3);
        assertThat(report.timeline().points()).hasSize(8);
        assertThat(report.timeline().points().get(7).total()).isEqualTo(Gigawatts.of("0.45"));
    }

    @Test
    void timelineQueriesRefuseABackwardPeriod() {
        assertThatThrownBy(() -> new TimelineQuery(NOT_CANCELLED, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                TimelineGranularity.MONTH, TimelineGrouping.PROVIDER))
                .hasMessage("from: must not be after 'to' (2026-01-01)");
    }

    @Test
    void equivalencesTakeOverridesOrTheConfiguredDefaults() {
        PowerEquivalences configured = new PowerEquivalences(new BigDecimal("800000"), Money.usd("45000000000"));
        MarketAnalyticsService withConfig = new MarketAnalyticsService(statistics,
                TransactionalMocks.passThroughUnitOfWork(), configured);

        assertThat(withConfig.equivalences(Optional.empty(), Optional.empty())).isEqualTo(configured);
        assertThat(withConfig.equivalences(Optional.of(new BigDecimal("830000")), Optional.empty()))
                .isEqualTo(new PowerEquivalences(new BigDecimal("830000"), Money.usd("45000000000")));
    }

    @Test
    void theArticlesBuildOut() {
        var scenario = service.scenario(Gigawatts.of("30"), Gigawatts.of("1"),
                service.equivalences(Optional.empty(), Optional.empty()));
        assertThat(scenario.capex()).isEqualTo(Money.usd("1200000000000"));
        assertThat(scenario.homesPowered()).isEqualByComparingTo("24900000");
        assertThat(scenario.weeks()).isEqualByComparingTo("30");
    }
}

package com.computeledger.application.money.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.money.port.in.MoneyFlowAnalyticsUseCases.CoverageQuery;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.money.ClosedLoop;
import com.computeledger.domain.money.CommitmentCoverage;
import com.computeledger.domain.money.DealPurchases;
import com.computeledger.domain.money.Firm;
import com.computeledger.domain.money.FlowTotal;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.money.RecordedFlow;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The demo market through the service: deals mapped onto the providers' owners, recorded flows, OpenAI's run rate. */
@ExtendWith(MockitoExtension.class)
class MoneyFlowAnalyticsServiceTest {

    private static final MoneyFlowFilter ALL = MoneyFlowFilter.ALL;

    @Mock
    private MoneyFlowRepository flows;
    @Mock
    private OrganisationRepository organisations;
    @Mock
    private ProviderRepository providers;
    @Mock
    private RevenueRunRateRepository runRates;
    @Mock
    private MarketStatistics statistics;

    private MoneyFlowAnalyticsService service;

    @BeforeEach
    void setUp() {
        service = new MoneyFlowAnalyticsService(flows, organisations, providers, runRates, statistics,
                TransactionalMocks.passThroughUnitOfWork());
        when(organisations.findAll()).thenReturn(ArticleDemoData.organisations());
    }

    @Test
    void theDealsPayTheProvidersOwnersAndCloseTheArticlesLoops() {
        when(providers.findAll()).thenReturn(ArticleDemoData.providers());
        when(flows.graphFlows(ALL)).thenReturn(demoFlows().stream().map(flow -> new RecordedFlow(flow.id(),
                flow.details().kind(), flow.details().payer(), flow.details().payee(), flow.details().value())).toList());
        when(flows.dealPurchases(Optional.empty(), Optional.empty())).thenReturn(List.of(
                purchases("aws", "38000000000", 0), purchases("microsoft-azure", "250000000000", 0),
                purchases("oracle", "300000000000", 0), purchases("google-cloud", "0", 1)));

        List<ClosedLoop> loops = service.closedLoops(ALL, 10).loops();

        assertThat(loops).extracting(loop -> loop.firms().stream().map(Firm::id).toList()).containsExactly(
                List.of("amazon", "anthropic"), List.of("microsoft", "openai"), List.of("nvidia", "openai", "oracle"));
    }

    @Test
    void onlyInvestmentsLeaveTheDealsOut() {
        MoneyFlowFilter investments = new MoneyFlowFilter(Optional.of(MoneyFlowKind.EQUITY_INVESTMENT),
                Optional.empty(), Optional.empty(), Optional.empty());
        when(providers.findAll()).thenReturn(ArticleDemoData.providers());
        when(flows.graphFlows(investments)).thenReturn(List.of());

        assertThat(service.graph(investments).edges()).isEmpty();
        verify(flows, never()).dealPurchases(any(), any());
    }

    @Test
    void openAiHasCommittedThirtyYearsOfRevenue() {
        when(statistics.commitmentsByProvider(any())).thenReturn(List.of(
                new ProviderCommitments(new ProviderId("oracle"), 3, 1, Money.usd("588000000000"),
                        Money.usd("588000000000"), 2, Money.usd("65428571428.57"), Money.usd("65428571428.57"))));
        when(flows.findAll(any())).thenReturn(demoFlows().stream()
                .filter(flow -> flow.details().payer().value().equals("openai")
                        || flow.details().payee().value().equals("openai")).toList());
        when(runRates.findAll(ArticleDemoData.openAiRunRate().organisation()))
                .thenReturn(List.of(ArticleDemoData.openAiRunRate()));

        CommitmentCoverage coverage = service.coverage(new CoverageQuery("openai"));

        ArgumentCaptor<DealFilter> deals = ArgumentCaptor.forClass(DealFilter.class);
        verify(statistics).commitmentsByProvider(deals.capture());
        assertThat(deals.getValue().customer()).contains(Customer.of("OpenAI"));
        assertThat(coverage.commitments().low()).isEqualTo(Money.usd("610400000000"));
        assertThat(coverage.yearsOfRevenueLow()).contains(new BigDecimal("30.52"));
        verifyNoInteractions(providers);
    }

    private static List<MoneyFlow> demoFlows() {
        return ArticleDemoData.flows().stream().map(demo -> MoneyFlow.record(demo.id(), demo.details(),
                Actor.ANONYMOUS, Instant.EPOCH).flow()).toList();
    }

    private static DealPurchases purchases(String provider, String amount, long undisclosed) {
        return new DealPurchases(Customer.of("OpenAI"), new ProviderId(provider),
                new FlowTotal(Money.usd(amount), Money.usd(amount), 1, undisclosed));
    }
}

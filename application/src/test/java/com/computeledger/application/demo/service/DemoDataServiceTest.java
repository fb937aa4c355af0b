package com.computeledger.application.demo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.deal.service.DealsForTests;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowChange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DemoDataServiceTest {

    @Mock
    private OrganisationRepository organisations;
    @Mock
    private ProviderRepository providers;
    @Mock
    private AcceleratorRepository accelerators;
    @Mock
    private DealRepository deals;
    @Mock
    private MoneyFlowRepository flows;
    @Mock
    private RevenueRunRateRepository runRates;

    private DemoDataService service;

    @BeforeEach
    void setUp() {
        service = new DemoDataService(organisations, providers, accelerators, deals, flows, runRates,
                TransactionalMocks.passThroughUnitOfWork(),
                Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void loadsTheWholeArticleIntoAnEmptyLedger() {
        when(providers.findById(any())).thenReturn(Optional.empty());
        when(accelerators.findById(any())).thenReturn(Optional.empty());
        when(deals.findById(any())).thenReturn(Optional.empty());

        assertThat(service.loadMissing()).isEqualTo(8 + 5 + 3 + 4 + 6 + 1);

        ArgumentCaptor<DealChange> stored = ArgumentCaptor.forClass(DealChange.class);
        verify(deals, times(4)).add(stored.capture());
        assertThat(stored.getAllValues()).extracting(change -> change.deal().id()).containsExactly(
                ArticleDemoData.OPENAI_AWS, ArticleDemoData.OPENAI_AZURE, ArticleDemoData.OPENAI_ORACLE,
                ArticleDemoData.OPENAI_GOOGLE);
        assertThat(stored.getAllValues()).allSatisfy(change -> assertThat(change.historyEntry().version()).isEqualTo(1));
        ArgumentCaptor<MoneyFlowChange> flowsStored = ArgumentCaptor.forClass(MoneyFlowChange.class);
        verify(flows, times(6)).add(flowsStored.capture());
        assertThat(flowsStored.getAllValues()).extracting(change -> change.flow().id()).containsExactly(
                ArticleDemoData.NVIDIA_OPENAI, ArticleDemoData.ORACLE_NVIDIA, ArticleDemoData.MICROSOFT_OPENAI,
                ArticleDemoData.AMAZON_ANTHROPIC, ArticleDemoData.ANTHROPIC_AWS, ArticleDemoData.OPENAI_COREWEAVE);
        verify(runRates).add(ArticleDemoData.openAiRunRate());
    }

    @Test
    void addsNothingWhenEverythingIsAlreadyThere() {
        when(providers.findById(any())).thenAnswer(call -> ArticleDemoData.providers().stream()
                .filter(p -> p.id().equals(call.getArgument(0))).findFirst());
        when(accelerators.findById(any())).thenAnswer(call -> ArticleDemoData.accelerators().stream()
                .filter(a -> a.id().equals(call.getArgument(0))).findFirst());
        when(deals.findById(any())).thenReturn(Optional.of(DealsForTests.anyDeal()));
        when(organisations.findById(any())).thenAnswer(call -> ArticleDemoData.organisations().stream()
                .filter(o -> o.id().equals(call.getArgument(0))).findFirst());
        when(flows.findById(any())).thenAnswer(call -> ArticleDemoData.flows().stream()
                .filter(f -> f.id().equals(call.getArgument(0))).findFirst()
                .map(f -> MoneyFlow.record(f.id(), f.details(), DemoDataService.DEMO_LOADER, Instant.EPOCH).flow()));
        when(runRates.findAll(any())).thenReturn(List.of(ArticleDemoData.openAiRunRate()));

        assertThat(service.loadMissing()).isZero();
        verify(deals, never()).add(any());
        verify(providers, never()).insert(any());
    }

    @Test
    void anotherInstanceWinningTheRaceCountsAsLoaded() {
        when(providers.findById(any())).thenReturn(Optional.empty());
        when(accelerators.findById(any())).thenReturn(Optional.empty());
        when(deals.findById(any())).thenReturn(Optional.empty());
        doThrow(new AlreadyExistsException("deal", "x")).when(deals).add(any());

        assertThat(service.loadMissing()).isEqualTo(8 + 5 + 3 + 6 + 1);
    }
}

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
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.deal.DealChange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    private ProviderRepository providers;
    @Mock
    private AcceleratorRepository accelerators;
    @Mock
    private DealRepository deals;

    private DemoDataService service;

    @BeforeEach
    void setUp() {
        service = new DemoDataService(providers, accelerators, deals, TransactionalMocks.passThroughUnitOfWork(),
                Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void loadsTheWholeArticleIntoAnEmptyLedger() {
        when(providers.findById(any())).thenReturn(Optional.empty());
        when(accelerators.findById(any())).thenReturn(Optional.empty());
        when(deals.findById(any())).thenReturn(Optional.empty());

        assertThat(service.loadMissing()).isEqualTo(5 + 3 + 4);

        ArgumentCaptor<DealChange> stored = ArgumentCaptor.forClass(DealChange.class);
        verify(deals, times(4)).add(stored.capture());
        assertThat(stored.getAllValues()).extracting(change -> change.deal().id()).containsExactly(
                ArticleDemoData.OPENAI_AWS, ArticleDemoData.OPENAI_AZURE, ArticleDemoData.OPENAI_ORACLE,
                ArticleDemoData.OPENAI_GOOGLE);
        assertThat(stored.getAllValues()).allSatisfy(change -> assertThat(change.historyEntry().version()).isEqualTo(1));
    }

    @Test
    void addsNothingWhenEverythingIsAlreadyThere() {
        when(providers.findById(any())).thenAnswer(call -> ArticleDemoData.providers().stream()
                .filter(p -> p.id().equals(call.getArgument(0))).findFirst());
        when(accelerators.findById(any())).thenAnswer(call -> ArticleDemoData.accelerators().stream()
                .filter(a -> a.id().equals(call.getArgument(0))).findFirst());
        when(deals.findById(any())).thenReturn(Optional.of(DealsForTests.anyDeal()));

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

        assertThat(service.loadMissing()).isEqualTo(5 + 3);
    }
}

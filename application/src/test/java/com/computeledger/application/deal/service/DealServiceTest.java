package com.computeledger.application.deal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.IdempotencyKeyReusedException;
import com.computeledger.application.deal.RememberedRequest;
import com.computeledger.application.deal.RequestFingerprint;
import com.computeledger.application.deal.port.in.DealUseCases.ChangeDealStatusCommand;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.deal.port.in.DealUseCases.RecordDealCommand;
import com.computeledger.application.deal.port.in.DealUseCases.RecordedDeal;
import com.computeledger.application.deal.port.in.DealUseCases.ReviseDealCommand;
import com.computeledger.application.deal.port.out.DealIdSource;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.deal.IllegalStatusTransitionException;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.UnknownAcceleratorException;
import com.computeledger.domain.reference.UnknownProviderException;
import com.computeledger.domain.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DealServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00.123456789Z");
    private static final DealId NEW_ID = new DealId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final Actor ANALYST = new Actor("analyst");
    private static final DealDetails AWS = ArticleDemoData.deals().get(0).details();
    private static final IdempotencyKey KEY = new IdempotencyKey("8d6f2c1e-retry");

    @Mock
    private DealRepository deals;
    @Mock
    private ProviderRepository providers;
    @Mock
    private AcceleratorRepository accelerators;
    @Mock
    private DealIdSource ids;
    @Mock
    private IdempotencyKeys idempotencyKeys;

    private DealService service;

    @BeforeEach
    void setUp() {
        UnitOfWork unitOfWork = TransactionalMocks.passThroughUnitOfWork();
        service = new DealService(deals, providers, accelerators, idempotencyKeys, unitOfWork, ids,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void recordsANewDealWithItsHistoryInOneTransaction() {
        knownReferences();
        when(ids.nextId()).thenReturn(NEW_ID);

        RecordedDeal recorded = service.record(new RecordDealCommand(AWS, ANALYST));
        Deal deal = recorded.deal();

        assertThat(recorded.replayed()).isFalse();
        assertThat(deal.id()).isEqualTo(NEW_ID);
        assertThat(deal.version()).isEqualTo(1);
        assertThat(deal.recordedAt()).as("truncated to what storage keeps").isEqualTo(Instant.parse("2026-11-28T12:00:00.123456Z"));
        ArgumentCaptor<DealChange> stored = ArgumentCaptor.forClass(DealChange.class);
        verify(deals).add(stored.capture());
        assertThat(stored.getValue().deal()).isEqualTo(deal);
        assertThat(stored.getValue().historyEntry().kind()).isEqualTo(DealChangeKind.RECORDED);
        assertThat(stored.getValue().historyEntry().actor()).isEqualTo(ANALYST);
    }

    @Test
    void aNewIdempotencyKeyIsRememberedWithTheDeal() {
        knownReferences();
        when(ids.nextId()).thenReturn(NEW_ID);
        when(idempotencyKeys.find(KEY)).thenReturn(Optional.empty());

        RecordedDeal recorded = service.record(new RecordDealCommand(AWS, ANALYST, Optional.of(KEY)));

        assertThat(recorded.replayed()).isFalse();
        verify(idempotencyKeys).remember(new RememberedRequest(KEY, RequestFingerprint.of(AWS), NEW_ID),
                recorded.deal().recordedAt());
    }

    @Test
    void aRetryWithTheSameKeyAndDetailsReplaysTheFirstDeal() {
        Deal stored = storedDeal();
        when(idempotencyKeys.find(KEY)).thenReturn(Optional.of(
                new RememberedRequest(KEY, RequestFingerprint.of(AWS), stored.id())));

        RecordedDeal recorded = service.record(new RecordDealCommand(AWS, ANALYST, Optional.of(KEY)));

        assertThat(recorded.replayed()).isTrue();
        assertThat(recorded.deal()).isEqualTo(stored);
        verify(deals, never()).add(any());
    }

    @Test
    void theSameKeyWithOtherDetailsIsRefused() {
        when(idempotencyKeys.find(KEY)).thenReturn(Optional.of(new RememberedRequest(KEY, "0".repeat(64), NEW_ID)));

        assertThatThrownBy(() -> service.record(new RecordDealCommand(AWS, ANALYST, Optional.of(KEY))))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        verify(deals, never()).add(any());
    }

    @Test
    void losingTheRaceForAKeyReplaysTheWinner() {
        knownReferences();
        Deal winner = storedDeal();
        when(ids.nextId()).thenReturn(new DealId(UUID.fromString("00000000-0000-0000-0000-0000000000bb")));
        when(idempotencyKeys.find(KEY)).thenReturn(Optional.empty())
                .thenReturn(Optional.of(new RememberedRequest(KEY, RequestFingerprint.of(AWS), winner.id())));
        doThrow(new AlreadyExistsException("idempotency key", KEY.value())).when(idempotencyKeys).remember(any(), any());

        RecordedDeal recorded = service.record(new RecordDealCommand(AWS, ANALYST, Optional.of(KEY)));

        assertThat(recorded.replayed()).isTrue();
        assertThat(recorded.deal()).isEqualTo(winner);
    }

    @Test
    void importsABatchOfDealsInOneTransaction() {
        knownReferences();
        when(ids.nextId()).thenReturn(NEW_ID, new DealId(UUID.fromString("00000000-0000-0000-0000-00000000000b")));

        List<Deal> imported = service.recordAll(List.of(AWS, AWS), ANALYST);

        assertThat(imported).extracting(Deal::id).hasSize(2).doesNotHaveDuplicates();
        verify(deals).addAll(argThat(recorded -> recorded.size() == 2));
        verify(deals, never()).add(any());
    }

    @Test
    void refusesADealWithAnUnknownProvider() {
        when(providers.findById(AWS.providerId())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.record(new RecordDealCommand(AWS, ANALYST)))
                .isInstanceOf(UnknownProviderException.class)
                .hasMessageContaining("'aws' is not registered");
        verify(deals, never()).add(any());
    }

    @Test
    void refusesADealWithAnUnknownAccelerator() {
        when(providers.findById(AWS.providerId())).thenReturn(Optional.of(ArticleDemoData.providers().get(0)));
        when(accelerators.findById(any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.record(new RecordDealCommand(AWS, ANALYST)))
                .isInstanceOf(UnknownAcceleratorException.class)
                .hasMessageContaining("'nvidia-gb200' is not in the catalog");
        verify(deals, never()).add(any());
    }

    @Test
    void revisesTheVersionTheCallerRead() {
        knownReferences();
        Deal stored = storedDeal();

        DealDetails estimated = new DealDetails(AWS.customer(), AWS.providerId(), AWS.announcedOn(), AWS.term(),
                AWS.value(), ValueConfidence.ESTIMATED, AWS.commitments(), AWS.expansion(), AWS.sources());

        Deal revised = service.revise(new ReviseDealCommand(stored.id(), 1, estimated, ANALYST));

        assertThat(revised.version()).isEqualTo(2);
        verify(deals).save(argThat(change -> change.deal().equals(revised)
                && change.historyEntry().kind() == DealChangeKind.REVISED));
    }

    @Test
    void aRevisionThatChangesNothingWritesNothing() {
        knownReferences();
        Deal stored = storedDeal();

        Deal unchanged = service.revise(new ReviseDealCommand(stored.id(), 1, AWS, ANALYST));

        assertThat(unchanged).isEqualTo(stored);
        verify(deals, never()).save(any());
    }

    @Test
    void refusesARevisionOfAnOlderVersionWithoutWriting() {
        Deal stored = storedDeal().changeStatus(DealStatus.ACTIVE, ANALYST, NOW).deal();
        when(deals.findById(stored.id())).thenReturn(Optional.of(stored));

        assertThatThrownBy(() -> service.revise(new ReviseDealCommand(stored.id(), 1, AWS, ANALYST)))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("no longer at version 1");
        verify(deals, never()).save(any());
    }

    @Test
    void reportsAMissingDeal() {
        when(deals.findById(NEW_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.get(NEW_ID)).isInstanceOf(NotFoundException.class)
                .hasMessage("deal '" + NEW_ID + "' does not exist");
        assertThatThrownBy(() -> service.history(NEW_ID)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.changeStatus(new ChangeDealStatusCommand(NEW_ID, 1, DealStatus.ACTIVE, ANALYST)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void movesTheStatusAlongTheLifecycle() {
        Deal stored = storedDeal();

        Deal active = service.changeStatus(new ChangeDealStatusCommand(stored.id(), 1, DealStatus.ACTIVE, ANALYST));

        assertThat(active.status()).isEqualTo(DealStatus.ACTIVE);
        verify(deals).save(argThat(change -> change.deal().equals(active)));
    }

    @Test
    void refusesAnIllegalStatusMoveWithoutWriting() {
        Deal stored = storedDeal();

        assertThatThrownBy(() -> service.changeStatus(
                new ChangeDealStatusCommand(stored.id(), 1, DealStatus.COMPLETED, ANALYST)))
                .isInstanceOf(IllegalStatusTransitionException.class);
        verify(deals, never()).save(any());
    }

    @Test
    void returnsTheHistoryOldestFirst() {
        Deal stored = storedDeal();
        DealHistoryEntry first = new DealHistoryEntry(stored.id(), 1, DealChangeKind.RECORDED, ANALYST, NOW, List.of());
        DealHistoryEntry second = new DealHistoryEntry(stored.id(), 2, DealChangeKind.REVISED, ANALYST, NOW, List.of());
        when(deals.history(stored.id())).thenReturn(List.of(second, first));

        assertThat(service.history(stored.id())).containsExactly(first, second);
    }

    @Test
    void listsThroughTheRepository() {
        DealPage page = new DealPage(List.of(DealsForTests.anyDeal()), Optional.empty());
        when(deals.search(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 20)).thenReturn(page);

        assertThat(service.list(new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 20)))
                .isSameAs(page);
    }

    private Deal storedDeal() {
        Deal deal = Deal.record(NEW_ID, AWS, ANALYST, NOW).deal();
        when(deals.findById(NEW_ID)).thenReturn(Optional.of(deal));
        return deal;
    }

    private void knownReferences() {
        Provider aws = ArticleDemoData.providers().get(0);
        when(providers.findById(AWS.providerId())).thenReturn(Optional.of(aws));
        Accelerator anyAccelerator = ArticleDemoData.accelerators().get(0);
        when(accelerators.findById(any())).thenReturn(Optional.of(anyAccelerator));
    }
}

package com.computeledger.application.money.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.ReviseMoneyFlowCommand;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowArchive;
import com.computeledger.domain.money.MoneyFlowChange;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.reference.UnknownOrganisationException;
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
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Revising money flows, and restoring them from a backup: stored as archived, idempotent by id, never overwriting. */
@ExtendWith(MockitoExtension.class)
class MoneyFlowRestoreTest {

    private static final Instant RECORDED = Instant.parse("2025-09-22T08:00:00.123456Z");
    private static final MoneyFlowId ID = new MoneyFlowId(UUID.fromString("00000000-0000-0000-0000-000000000042"));
    private static final MoneyFlowDetails NVIDIA_OPENAI = ArticleDemoData.flows().get(0).details();
    private static final MoneyFlowChange RECORDED_FLOW = MoneyFlow.record(ID, NVIDIA_OPENAI, new Actor("desk"),
            RECORDED);
    private static final MoneyFlowArchive ARCHIVED = new MoneyFlowArchive(RECORDED_FLOW.flow(),
            List.of(RECORDED_FLOW.historyEntry()));

    @Mock
    private MoneyFlowRepository flows;
    @Mock
    private OrganisationRepository organisations;

    private MoneyFlowService service;

    @BeforeEach
    void setUp() {
        service = new MoneyFlowService(flows, organisations, TransactionalMocks.passThroughUnitOfWork(), () -> ID,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    @Test
    void aFlowWhoseIdIsFreeIsStoredExactlyAsArchived() {
        when(flows.findById(ID)).thenReturn(Optional.empty());
        when(organisations.findById(any())).thenAnswer(call -> ArticleDemoData.organisations().stream()
                .filter(organisation -> organisation.id().equals(call.getArgument(0))).findFirst());

        assertThat(service.restore(ARCHIVED)).isTrue();

        verify(flows).restore(ARCHIVED);
    }

    @Test
    void theSameFlowStoredAlreadyIsLeftAlone() {
        when(flows.findById(ID)).thenReturn(Optional.of(ARCHIVED.flow()));
        when(flows.history(ID)).thenReturn(ARCHIVED.history());

        assertThat(service.restore(ARCHIVED)).isFalse();

        verify(flows, never()).restore(any());
    }

    @Test
    void aFlowStoredWithOtherContentIsRefusedAndKept() {
        MoneyFlowDetails estimated = new MoneyFlowDetails(NVIDIA_OPENAI.kind(), NVIDIA_OPENAI.payer(),
                NVIDIA_OPENAI.payee(), NVIDIA_OPENAI.announcedOn(), NVIDIA_OPENAI.term(), NVIDIA_OPENAI.value(),
                ValueConfidence.ESTIMATED, NVIDIA_OPENAI.sources());
        when(flows.findById(ID)).thenReturn(Optional.of(MoneyFlow.rehydrate(ID, estimated, 1, RECORDED, RECORDED)));

        assertThatThrownBy(() -> service.restore(ARCHIVED)).isInstanceOf(AlreadyExistsException.class);

        verify(flows, never()).restore(any());
    }

    @Test
    void aFlowBetweenUnregisteredOrganisationsIsRefused() {
        when(flows.findById(ID)).thenReturn(Optional.empty());
        when(organisations.findById(any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.restore(ARCHIVED)).isInstanceOf(UnknownOrganisationException.class);

        verify(flows, never()).restore(any());
    }

    @Test
    void aRevisionAtTheVersionReadIsStoredAndAStaleOneRefused() {
        when(flows.findById(ID)).thenReturn(Optional.of(RECORDED_FLOW.flow()));
        when(organisations.findById(any())).thenAnswer(call -> ArticleDemoData.organisations().stream()
                .filter(organisation -> organisation.id().equals(call.getArgument(0))).findFirst());
        MoneyFlowDetails confirmed = new MoneyFlowDetails(NVIDIA_OPENAI.kind(), NVIDIA_OPENAI.payer(),
                NVIDIA_OPENAI.payee(), NVIDIA_OPENAI.announcedOn(), NVIDIA_OPENAI.term(), NVIDIA_OPENAI.value(),
                ValueConfidence.CONFIRMED, NVIDIA_OPENAI.sources());

        MoneyFlow revised = service.revise(new ReviseMoneyFlowCommand(ID, 1, confirmed, new Actor("desk")));

        assertThat(revised.version()).isEqualTo(2);
        verify(flows).save(any());
        assertThatThrownBy(() -> service.revise(new ReviseMoneyFlowCommand(ID, 2, confirmed, new Actor("desk"))))
                .isInstanceOf(StaleVersionException.class).hasMessageStartingWith("money flow " + ID
                        + " is no longer at version 2");
    }
}

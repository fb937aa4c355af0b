package com.computeledger.application.money.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.ListMoneyFlowsQuery;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.MoneyFlowPage;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.RecordMoneyFlowCommand;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.port.out.TransactionalMocks;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowChange;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.reference.Organisation;
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
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class MoneyFlowServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30.123456789Z");
    private static final MoneyFlowId ID = new MoneyFlowId(UUID.fromString("00000000-0000-0000-0000-000000000016"));
    private static final MoneyFlowDetails NVIDIA_OPENAI = ArticleDemoData.flows().get(0).details();

    @Mock
    private MoneyFlowRepository flows;
    @Mock
    private OrganisationRepository organisations;

    private MoneyFlowService service;

    @BeforeEach
    void setUp() {
        service = new MoneyFlowService(flows, organisations, TransactionalMocks.passThroughUnitOfWork(), () -> ID,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void recordsAFlowBetweenRegisteredOrganisationsAtVersionOneWithItsHistory() {
        when(organisations.findById(any())).thenAnswer(call -> ArticleDemoData.organisations().stream()
                .filter(organisation -> organisation.id().equals(call.getArgument(0))).findFirst());

        MoneyFlow flow = service.record(new RecordMoneyFlowCommand(NVIDIA_OPENAI, new Actor("desk")));

        ArgumentCaptor<MoneyFlowChange> stored = ArgumentCaptor.forClass(MoneyFlowChange.class);
        verify(flows).add(stored.capture());
        assertThat(flow.id()).isEqualTo(ID);
        assertThat(flow.recordedAt()).isEqualTo(Instant.parse("2026-11-28T10:15:30.123456Z"));
        assertThat(stored.getValue().historyEntry().actor()).isEqualTo(new Actor("desk"));
    }

    @Test
    void anUnregisteredPayeeIsRefusedNamingTheFieldAndNothingIsStored() {
        Organisation nvidia = ArticleDemoData.organisations().get(5);
        when(organisations.findById(nvidia.id())).thenReturn(Optional.of(nvidia));
        when(organisations.findById(NVIDIA_OPENAI.payee())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.record(new RecordMoneyFlowCommand(NVIDIA_OPENAI, Actor.ANONYMOUS)))
                .isInstanceOfSatisfying(UnknownOrganisationException.class,
                        unknown -> assertThat(unknown.field()).isEqualTo("payee"));
        verify(flows, never()).add(any());
    }

    @Test
    void aFullPageNamesTheFlowToContinueAfter() {
        List<MoneyFlow> three = ArticleDemoData.flows().subList(0, 3).stream()
                .map(demo -> MoneyFlow.record(demo.id(), demo.details(), Actor.ANONYMOUS, NOW).flow()).toList();
        MoneyFlowFilter all = MoneyFlowFilter.ALL;
        when(flows.search(all, Optional.empty(), 3)).thenReturn(three);
        when(flows.search(all, Optional.empty(), 4)).thenReturn(three);

        MoneyFlowPage page = service.list(new ListMoneyFlowsQuery(all, Optional.empty(), 2));
        MoneyFlowPage last = service.list(new ListMoneyFlowsQuery(all, Optional.empty(), 3));

        assertThat(page.flows()).containsExactlyElementsOf(three.subList(0, 2));
        assertThat(page.next()).contains(three.get(1).id());
        assertThat(last.next()).isEmpty();
    }

    @Test
    void anUnknownFlowIsNotFound() {
        when(flows.findById(ID)).thenReturn(Optional.empty());
        when(flows.history(ID)).thenReturn(List.of());

        assertThatThrownBy(() -> service.get(ID)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.history(ID)).isInstanceOf(NotFoundException.class)
                .hasMessage("money flow '" + ID + "' does not exist");
    }
}

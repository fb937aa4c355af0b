package com.computeledger.application.money.service;

import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.money.port.in.MoneyFlowUseCases;
import com.computeledger.application.money.port.out.MoneyFlowIdSource;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowArchive;
import com.computeledger.domain.money.MoneyFlowChange;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowHistoryEntry;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.UnknownOrganisationException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Implements the money-flow use cases: one transaction each; a flow's payer and payee must be registered. */
public final class MoneyFlowService implements MoneyFlowUseCases {

    private final MoneyFlowRepository flows;
    private final OrganisationRepository organisations;
    private final UnitOfWork unitOfWork;
    private final MoneyFlowIdSource ids;
    private final Clock clock;

    public MoneyFlowService(MoneyFlowRepository flows, OrganisationRepository organisations, UnitOfWork unitOfWork,
                            MoneyFlowIdSource ids, Clock clock) {
        this.flows = flows;
        this.organisations = organisations;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public MoneyFlow record(RecordMoneyFlowCommand command) {
        MoneyFlowDetails details = command.details();
        return unitOfWork.inTransaction(() -> {
            requireRegistered("payer", details.payer());
            requireRegistered("payee", details.payee());
            MoneyFlowChange recorded = MoneyFlow.record(ids.nextId(), details, command.actor(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            flows.add(recorded);
            return recorded.flow();
        });
    }

    @Override
    public MoneyFlow revise(ReviseMoneyFlowCommand command) {
        return unitOfWork.inTransaction(() -> {
            MoneyFlow current = flows.findById(command.flowId())
                    .orElseThrow(() -> new NotFoundException("money flow", command.flowId()));
            if (current.version() != command.expectedVersion()) {
                throw new StaleVersionException("money flow", command.flowId(), command.expectedVersion());
            }
            requireRegistered("payer", command.details().payer());
            requireRegistered("payee", command.details().payee());
            return current.revise(command.details(), command.actor(), clock.instant().truncatedTo(ChronoUnit.MICROS))
                    .map(revised -> {
                        flows.save(revised);
                        return revised.flow();
                    }).orElse(current);
        });
    }

    @Override
    public boolean restore(MoneyFlowArchive archived) {
        MoneyFlow flow = archived.flow();
        return unitOfWork.inTransaction(() -> {
            Optional<MoneyFlow> stored = flows.findById(flow.id());
            if (stored.isPresent()) {
                if (stored.get().equals(flow) && flows.history(flow.id()).equals(archived.history())) {
                    return false;
                }
                throw new AlreadyExistsException("money flow", flow.id());
            }
            requireRegistered("payer", flow.details().payer());
            requireRegistered("payee", flow.details().payee());
            flows.restore(archived);
            return true;
        });
    }

    @Override
    public MoneyFlow get(MoneyFlowId id) {
        return unitOfWork.inTransaction(() -> flows.findById(id).orElseThrow(() -> new NotFoundException("money flow", id)));
    }

    @Override
    public MoneyFlowPage list(ListMoneyFlowsQuery query) {
        List<MoneyFlow> found = unitOfWork.inTransaction(() ->
                flows.search(query.filter(), query.after(), query.limit() + 1));
        if (found.size() <= query.limit()) {
            return new MoneyFlowPage(found, Optional.empty());
        }
        List<MoneyFlow> page = found.subList(0, query.limit());
        return new MoneyFlowPage(page, Optional.of(page.get(page.size() - 1).id()));
    }

    @Override
    public List<MoneyFlowHistoryEntry> history(MoneyFlowId id) {
        return unitOfWork.inTransaction(() -> {
            List<MoneyFlowHistoryEntry> entries = flows.history(id);
            if (entries.isEmpty()) {
                throw new NotFoundException("money flow", id);
            }
            return entries;
        });
    }

    private void requireRegistered(String field, OrganisationId id) {
        if (organisations.findById(id).isEmpty()) {
            throw new UnknownOrganisationException(field, id);
        }
    }
}

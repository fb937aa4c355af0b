package com.computeledger.application.service;

import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.listing.DealPage;
import com.computeledger.application.port.in.ChangeDealStatusUseCase;
import com.computeledger.application.port.in.GetDealUseCase;
import com.computeledger.application.port.in.ListDealsUseCase;
import com.computeledger.application.port.in.RecordDealUseCase;
import com.computeledger.application.port.in.ReviseDealUseCase;
import com.computeledger.application.port.out.AcceleratorRepository;
import com.computeledger.application.port.out.DealIdSource;
import com.computeledger.application.port.out.DealRepository;
import com.computeledger.application.port.out.ProviderRepository;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.domain.accelerator.AcceleratorId;
import com.computeledger.domain.accelerator.UnknownAcceleratorException;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.provider.UnknownProviderException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** Implements the deal use cases: each call is one transaction over the deal, provider and accelerator repositories. */
public final class DealService
        implements RecordDealUseCase, ReviseDealUseCase, ChangeDealStatusUseCase, GetDealUseCase, ListDealsUseCase {

    private final DealRepository deals;
    private final ProviderRepository providers;
    private final AcceleratorRepository accelerators;
    private final UnitOfWork unitOfWork;
    private final DealIdSource ids;
    private final Clock clock;

    public DealService(DealRepository deals, ProviderRepository providers, AcceleratorRepository accelerators,
                       UnitOfWork unitOfWork, DealIdSource ids, Clock clock) {
        this.deals = deals;
        this.providers = providers;
        this.accelerators = accelerators;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Deal record(RecordDealCommand command) {
        return unitOfWork.inTransaction(() -> {
            requireKnownReferences(command.details());
            DealChange change = Deal.record(ids.nextId(), command.details(), command.actor(), now());
            deals.insert(change.deal());
            deals.appendHistory(change.historyEntry());
            return change.deal();
        });
    }

    @Override
    public Deal revise(ReviseDealCommand command) {
        return unitOfWork.inTransaction(() -> {
            Deal current = currentVersion(command.dealId(), command.expectedVersion());
            requireKnownReferences(command.details());
            return store(current.revise(command.details(), command.actor(), now()), command.expectedVersion());
        });
    }

    @Override
    public Deal changeStatus(ChangeDealStatusCommand command) {
        return unitOfWork.inTransaction(() -> {
            Deal current = currentVersion(command.dealId(), command.expectedVersion());
            return store(current.changeStatus(command.target(), command.actor(), now()), command.expectedVersion());
        });
    }

    @Override
    public Deal get(DealId id) {
        return unitOfWork.inTransaction(() -> load(id));
    }

    @Override
    public List<DealHistoryEntry> history(DealId id) {
        return unitOfWork.inTransaction(() -> {
            load(id);
            return deals.history(id).stream().sorted(Comparator.comparingLong(DealHistoryEntry::version)).toList();
        });
    }

    @Override
    public DealPage list(ListDealsQuery query) {
        return unitOfWork.inTransaction(() -> deals.search(query.filter(), query.sort(), query.after(), query.limit()));
    }

    private Deal store(DealChange change, long expectedVersion) {
        deals.update(change.deal(), expectedVersion);
        deals.appendHistory(change.historyEntry());
        return change.deal();
    }

    private Deal currentVersion(DealId id, long expectedVersion) {
        Deal current = load(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(id, expectedVersion);
        }
        return current;
    }

    private Deal load(DealId id) {
        return deals.findById(id).orElseThrow(() -> new NotFoundException("deal", id));
    }

    private void requireKnownReferences(DealDetails details) {
        if (providers.findById(details.providerId()).isEmpty()) {
            throw new UnknownProviderException(details.providerId());
        }
        details.commitments().stream()
                .map(commitment -> commitment.acceleratorId())
                .filter(id -> accelerators.findById(id).isEmpty())
                .findFirst()
                .ifPresent(DealService::rejectUnknown);
    }

    private static void rejectUnknown(AcceleratorId id) {
        throw new UnknownAcceleratorException(id);
    }

    /** Storage keeps microseconds (H2 and PostgreSQL alike), so the service never hands out finer instants. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

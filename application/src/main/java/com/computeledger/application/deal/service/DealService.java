package com.computeledger.application.deal.service;

import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.IdempotencyKeyReusedException;
import com.computeledger.application.deal.RememberedRequest;
import com.computeledger.application.deal.RequestFingerprint;
import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.application.deal.port.out.DealIdSource;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.UnknownAcceleratorException;
import com.computeledger.domain.reference.UnknownProviderException;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Implements the deal use cases: each call is one transaction over the deal, provider and accelerator repositories. */
public final class DealService implements DealUseCases {

    private final DealRepository deals;
    private final ProviderRepository providers;
    private final AcceleratorRepository accelerators;
    private final IdempotencyKeys idempotencyKeys;
    private final UnitOfWork unitOfWork;
    private final DealIdSource ids;
    private final Clock clock;

    public DealService(DealRepository deals, ProviderRepository providers, AcceleratorRepository accelerators,
                       IdempotencyKeys idempotencyKeys, UnitOfWork unitOfWork, DealIdSource ids, Clock clock) {
        this.deals = deals;
        this.providers = providers;
        this.accelerators = accelerators;
        this.idempotencyKeys = idempotencyKeys;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Records a deal. With an idempotency key the key is remembered in the same transaction as the deal; if
     * another instance remembers the same key first, this transaction rolls back and the call replays theirs.
     */
    @Override
    public RecordedDeal record(RecordDealCommand command) {
        if (command.idempotencyKey().isEmpty()) {
            return new RecordedDeal(unitOfWork.inTransaction(() -> recordNew(command)), false);
        }
        IdempotencyKey key = command.idempotencyKey().get();
        String fingerprint = RequestFingerprint.of(command.details());
        try {
            return unitOfWork.inTransaction(() -> replayOrRecord(command, key, fingerprint));
        } catch (AlreadyExistsException anotherRequestTookTheKey) {
            return unitOfWork.inTransaction(() -> replayOrRecord(command, key, fingerprint));
        }
    }

    /** Checks each distinct provider and accelerator once, then stores the whole batch in one repository call. */
    @Override
    public List<Deal> recordAll(List<DealDetails> batch, Actor actor) {
        return unitOfWork.inTransaction(() -> {
            requireKnownReferences(batch);
            Instant now = now();
            List<DealChange> recorded = batch.stream()
                    .map(details -> Deal.record(ids.nextId(), details, actor, now)).toList();
            deals.addAll(recorded);
            return recorded.stream().map(DealChange::deal).toList();
        });
    }

    private RecordedDeal replayOrRecord(RecordDealCommand command, IdempotencyKey key, String fingerprint) {
        Optional<RememberedRequest> earlier = idempotencyKeys.find(key);
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return new RecordedDeal(load(earlier.get().dealId()), true);
        }
        Deal deal = recordNew(command);
        idempotencyKeys.remember(new RememberedRequest(key, fingerprint, deal.id()), deal.recordedAt());
        return new RecordedDeal(deal, false);
    }

    private Deal recordNew(RecordDealCommand command) {
        requireKnownReferences(List.of(command.details()));
        DealChange change = Deal.record(ids.nextId(), command.details(), command.actor(), now());
        deals.add(change);
        return change.deal();
    }

    @Override
    public Deal revise(ReviseDealCommand command) {
        return unitOfWork.inTransaction(() -> {
            Deal current = currentVersion(command.dealId(), command.expectedVersion());
            requireKnownReferences(List.of(command.details()));
            return current.revise(command.details(), command.actor(), now()).map(this::store).orElse(current);
        });
    }

    @Override
    public Deal changeStatus(ChangeDealStatusCommand command) {
        return unitOfWork.inTransaction(() -> {
            Deal current = currentVersion(command.dealId(), command.expectedVersion());
            return store(current.changeStatus(command.target(), command.actor(), now()));
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
    public long count() {
        return unitOfWork.inTransaction(deals::count);
    }

    @Override
    public DealPage list(ListDealsQuery query) {
        return unitOfWork.inTransaction(() -> deals.search(query.filter(), query.sort(), query.after(), query.limit()));
    }

    @Override
    public List<DealArchive> archives(List<DealId> ids) {
        return unitOfWork.inTransaction(() -> {
            Map<DealId, DealArchive> archived = archivesOf(ids);
            return ids.stream().map(id -> Optional.ofNullable(archived.get(id))
                    .orElseThrow(() -> new NotFoundException("deal", id))).toList();
        });
    }

    /**
     * Looks up the batch's ids once, then each distinct provider and accelerator once, and stores every archive
     * that is new in one repository call. An id twice in the batch is judged against the first.
     */
    @Override
    public List<RestoreOutcome> restoreAll(List<DealArchive> batch) {
        return unitOfWork.inTransaction(() -> {
            Map<DealId, DealArchive> known = archivesOf(batch.stream().map(DealArchive::id).distinct().toList());
            RegisteredReferences registered = new RegisteredReferences();
            List<DealArchive> restored = new ArrayList<>();
            List<RestoreOutcome> outcomes = new ArrayList<>();
            for (DealArchive archive : batch) {
                DealArchive stored = known.get(archive.id());
                if (stored != null) {
                    outcomes.add(stored.equals(archive) ? RestoreOutcome.alreadyPresent(archive.id())
                            : RestoreOutcome.refused(archive.id(), differences(stored, archive)));
                    continue;
                }
                Optional<DomainException> unknown = registered.firstUnknown(archive.deal().details());
                if (unknown.isPresent()) {
                    outcomes.add(RestoreOutcome.refused(archive.id(), unknown.get().getMessage()));
                } else {
                    known.put(archive.id(), archive);
                    restored.add(archive);
                    outcomes.add(RestoreOutcome.restored(archive.id()));
                }
            }
            deals.restoreAll(restored);
            return outcomes;
        });
    }

    /** The deals of {@code ids} that are stored, each with its history, by id. */
    private Map<DealId, DealArchive> archivesOf(List<DealId> ids) {
        Map<DealId, List<DealHistoryEntry>> histories = deals.histories(ids);
        return deals.findAllById(ids).stream()
                .map(deal -> new DealArchive(deal, histories.getOrDefault(deal.id(), List.of())))
                .collect(Collectors.toMap(DealArchive::id, Function.identity(), (first, second) -> first,
                        HashMap::new));
    }

    /** Why an archive conflicts with the deal stored under its id: what a reader needs to go and look. */
    private static String differences(DealArchive stored, DealArchive archive) {
        return "is stored with other content (stored: version " + stored.deal().version() + ", "
                + stored.deal().status() + ", updated " + stored.deal().updatedAt() + "; in the file: version "
                + archive.deal().version() + ", " + archive.deal().status() + ", updated "
                + archive.deal().updatedAt() + "); the stored deal is kept";
    }

    private Deal store(DealChange change) {
        deals.save(change);
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

    /** Fails naming the first provider or accelerator of the batch that is not registered. */
    private void requireKnownReferences(List<DealDetails> batch) {
        RegisteredReferences registered = new RegisteredReferences();
        batch.stream().map(registered::firstUnknown).flatMap(Optional::stream).findFirst().ifPresent(unknown -> {
            throw unknown;
        });
    }

    /** Whether the providers and accelerators deals name are registered, each looked up once. */
    private final class RegisteredReferences {

        private final Map<ProviderId, Boolean> providerIds = new HashMap<>();
        private final Map<AcceleratorId, Boolean> acceleratorIds = new HashMap<>();

        /** The refusal of the first reference of {@code details} that is not registered, its provider first. */
        Optional<DomainException> firstUnknown(DealDetails details) {
            ProviderId providerId = details.providerId();
            if (!providerIds.computeIfAbsent(providerId, id -> providers.findById(id).isPresent())) {
                return Optional.of(new UnknownProviderException(providerId));
            }
            return details.acceleratorIds().stream()
                    .filter(id -> !acceleratorIds.computeIfAbsent(id, unused -> accelerators.findById(id).isPresent()))
                    .findFirst().map(UnknownAcceleratorException::new);
        }
    }

    /** Storage keeps microseconds (H2 and PostgreSQL alike), so the service never hands out finer instants. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

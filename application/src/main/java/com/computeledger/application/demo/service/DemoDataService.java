package com.computeledger.application.demo.service;

import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.demo.ArticleDemoData.DemoDeal;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.demo.port.in.DemoDataUseCases;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.shared.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

/**
 * Loads {@link ArticleDemoData} record by record, each in its own transaction and only where missing.
 * Fixed ids make it idempotent across restarts; an insert that loses a race with another instance
 * ({@link AlreadyExistsException}) counts as already loaded, so several instances may start at once.
 */
public final class DemoDataService implements DemoDataUseCases {

    /** The actor named in the history of every demo deal. */
    public static final Actor DEMO_LOADER = new Actor("demo-data");

    private final ProviderRepository providers;
    private final AcceleratorRepository accelerators;
    private final DealRepository deals;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DemoDataService(ProviderRepository providers, AcceleratorRepository accelerators, DealRepository deals,
                           UnitOfWork unitOfWork, Clock clock) {
        this.providers = providers;
        this.accelerators = accelerators;
        this.deals = deals;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int loadMissing() {
        int added = 0;
        for (Provider provider : ArticleDemoData.providers()) {
            added += addIfMissing(() -> providers.findById(provider.id()).isEmpty(), () -> providers.insert(provider));
        }
        for (Accelerator accelerator : ArticleDemoData.accelerators()) {
            added += addIfMissing(() -> accelerators.findById(accelerator.id()).isEmpty(),
                    () -> accelerators.insert(accelerator));
        }
        for (DemoDeal demo : ArticleDemoData.deals()) {
            added += addIfMissing(() -> deals.findById(demo.id()).isEmpty(), () -> {
                deals.add(Deal.record(demo.id(), demo.details(), DEMO_LOADER,
                        clock.instant().truncatedTo(ChronoUnit.MICROS)));
            });
        }
        return added;
    }

    private int addIfMissing(BooleanSupplier missing, Runnable insert) {
        try {
            return unitOfWork.inTransaction(() -> {
                if (!missing.getAsBoolean()) {
                    return 0;
                }
                insert.run();
                return 1;
            });
        } catch (AlreadyExistsException anotherInstanceWasFaster) {
            return 0;
        }
    }
}

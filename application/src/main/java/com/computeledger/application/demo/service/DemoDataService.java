package com.computeledger.application.demo.service;

import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.demo.port.in.DemoDataUseCases;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.shared.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads {@link ArticleDemoData} record by record, each in its own transaction and only where missing.
 * Fixed ids make it idempotent across restarts; an insert that loses a race with another instance
 * ({@link AlreadyExistsException}) counts as already loaded, so several instances may start at once.
 */
public final class DemoDataService implements DemoDataUseCases {

    /** The actor named in the history of every demo deal and money flow. */
    public static final Actor DEMO_LOADER = new Actor("demo-data");

    private final OrganisationRepository organisations;
    private final ProviderRepository providers;
    private final AcceleratorRepository accelerators;
    private final DealRepository deals;
    private final MoneyFlowRepository flows;
    private final RevenueRunRateRepository runRates;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DemoDataService(OrganisationRepository organisations, ProviderRepository providers,
                           AcceleratorRepository accelerators, DealRepository deals, MoneyFlowRepository flows,
                           RevenueRunRateRepository runRates, UnitOfWork unitOfWork, Clock clock) {
        this.organisations = organisations;
        this.providers = providers;
        this.accelerators = accelerators;
        this.deals = deals;
        this.flows = flows;
        this.runRates = runRates;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int loadMissing() {
        RevenueRunRate runRate = ArticleDemoData.openAiRunRate();
        return addMissing(ArticleDemoData.organisations(), organisation -> organisations.findById(organisation.id()),
                organisations::insert)
                + addMissing(ArticleDemoData.providers(), provider -> providers.findById(provider.id()), providers::insert)
                + addMissing(ArticleDemoData.accelerators(), accelerator -> accelerators.findById(accelerator.id()),
                        accelerators::insert)
                + addMissing(ArticleDemoData.deals(), demo -> deals.findById(demo.id()), demo -> deals.add(Deal.record(
                        demo.id(), demo.details(), DEMO_LOADER, clock.instant().truncatedTo(ChronoUnit.MICROS))))
                + addMissing(ArticleDemoData.flows(), demo -> flows.findById(demo.id()), demo -> flows.add(
                        MoneyFlow.record(demo.id(), demo.details(), DEMO_LOADER,
                                clock.instant().truncatedTo(ChronoUnit.MICROS))))
                + addMissing(List.of(runRate), rate -> runRates.findAll(rate.organisation()).stream()
                        .filter(stored -> stored.asOf().equals(rate.asOf())).findFirst(), runRates::add);
    }

    /** Inserts each record that {@code find} does not find, one transaction each; returns how many it inserted. */
    private <T> int addMissing(List<T> entries, Function<T, Optional<?>> find, Consumer<T> insert) {
        int added = 0;
        for (T entry : entries) {
            try {
                added += unitOfWork.inTransaction(() -> {
                    if (find.apply(entry).isPresent()) {
                        return 0;
                    }
                    insert.accept(entry);
                    return 1;
                });
            } catch (AlreadyExistsException anotherInstanceWasFaster) {
                // counts as already loaded
            }
        }
        return added;
    }
}

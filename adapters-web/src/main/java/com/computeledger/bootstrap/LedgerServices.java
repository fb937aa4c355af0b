package com.computeledger.bootstrap;

import com.computeledger.adapters.cli.LedgerInPorts;
import com.computeledger.application.access.service.ApiKeyService;
import com.computeledger.application.deal.service.DealService;
import com.computeledger.application.money.port.in.MoneyFlowUseCases;
import com.computeledger.application.money.port.in.RevenueRunRateUseCases;
import com.computeledger.application.money.service.MoneyFlowService;
import com.computeledger.application.money.service.RevenueRunRateService;
import com.computeledger.application.port.out.LedgerStorage;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.application.reference.port.in.OrganisationUseCases;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.application.reference.service.AcceleratorCatalogService;
import com.computeledger.application.reference.service.OrganisationService;
import com.computeledger.application.reference.service.ProviderService;
import com.computeledger.domain.money.MoneyFlowId;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The ledger on one database as the server and every command-line command open it: the storage found at run
 * time (docs/adr/0016) on a migrated schema, the clock, and the deal, reference-data, money-flow and API-key services
 * they share. Money flows take time-ordered ids from the same source as deals.
 */
record LedgerServices(LedgerStorage storage, Clock clock, DealService deals, OrganisationUseCases organisations,
                      ProviderUseCases providers, AcceleratorUseCases accelerators, MoneyFlowUseCases moneyFlows,
                      RevenueRunRateUseCases revenueRunRates, ApiKeyService apiKeys) {

    static LedgerServices open(DataSource dataSource) {
        LedgerStorage.Factory factory = LedgerStorage.Factory.find();
        factory.migrate(dataSource);
        LedgerStorage storage = factory.open(dataSource);
        Clock clock = Clock.systemUTC();
        TimeOrderedDealIdSource ids = new TimeOrderedDealIdSource(clock);
        return new LedgerServices(storage, clock, new DealService(storage.deals(), storage.providers(),
                storage.accelerators(), storage.idempotencyKeys(), storage.unitOfWork(), ids, clock),
                new OrganisationService(storage.organisations(), storage.unitOfWork()),
                new ProviderService(storage.providers(), storage.organisations(), storage.unitOfWork()),
                new AcceleratorCatalogService(storage.accelerators(), storage.unitOfWork()),
                new MoneyFlowService(storage.moneyFlows(), storage.organisations(), storage.unitOfWork(),
                        () -> new MoneyFlowId(ids.nextId().value()), clock),
                new RevenueRunRateService(storage.revenueRunRates(), storage.organisations(), storage.unitOfWork()),
                new ApiKeyService(storage.apiKeys(), storage.unitOfWork(), clock));
    }

    /** The in-ports a backup and a restore go through. */
    LedgerInPorts inPorts() {
        return new LedgerInPorts(organisations, providers, accelerators, deals, moneyFlows, revenueRunRates);
    }
}

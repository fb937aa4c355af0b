package com.computeledger.bootstrap;

import com.computeledger.application.access.service.ApiKeyService;
import com.computeledger.application.deal.service.DealService;
import com.computeledger.application.port.out.LedgerStorage;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.application.reference.service.AcceleratorCatalogService;
import com.computeledger.application.reference.service.ProviderService;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The ledger on one database as the server and every command-line command open it: the storage found at run
 * time (docs/adr/0016) on a migrated schema, the clock, and the deal, reference-data and API-key services they share.
 */
record LedgerServices(LedgerStorage storage, Clock clock, DealService deals, ProviderUseCases providers,
                      AcceleratorUseCases accelerators, ApiKeyService apiKeys) {

    static LedgerServices open(DataSource dataSource) {
        LedgerStorage.Factory factory = LedgerStorage.Factory.find();
        factory.migrate(dataSource);
        LedgerStorage storage = factory.open(dataSource);
        Clock clock = Clock.systemUTC();
        return new LedgerServices(storage, clock, new DealService(storage.deals(), storage.providers(),
                storage.accelerators(), storage.idempotencyKeys(), storage.unitOfWork(),
                new TimeOrderedDealIdSource(clock), clock),
                new ProviderService(storage.providers(), storage.unitOfWork()),
                new AcceleratorCatalogService(storage.accelerators(), storage.unitOfWork()),
                new ApiKeyService(storage.apiKeys(), storage.unitOfWork(), clock));
    }
}

package com.computeledger.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.computeledger.application.access.service.ApiKeyService;
import com.computeledger.application.deal.service.DealService;
import com.computeledger.application.port.out.LedgerStorage;
import io.dropwizard.db.ManagedDataSource;
import java.time.Clock;

/** The deal and API-key services of a command-line command: the configured database, migrated, no HTTP server. */
final class CommandServices implements AutoCloseable {

    private final ManagedDataSource dataSource;
    private final DealService deals;
    private final ApiKeyService apiKeys;

    CommandServices(ComputeLedgerConfiguration configuration) {
        this.dataSource = DatabaseSetup.settle(configuration.getDatabase()).build(new MetricRegistry(), "command");
        LedgerStorage.Factory storage = LedgerStorage.Factory.find();
        storage.migrate(dataSource);
        LedgerStorage persistence = storage.open(dataSource);
        Clock clock = Clock.systemUTC();
        this.deals = new DealService(persistence.deals(), persistence.providers(), persistence.accelerators(),
                persistence.idempotencyKeys(), persistence.unitOfWork(), new TimeOrderedDealIdSource(clock), clock);
        this.apiKeys = new ApiKeyService(persistence.apiKeys(), persistence.unitOfWork(), clock);
    }

    DealService deals() {
        return deals;
    }

    ApiKeyService apiKeys() {
        return apiKeys;
    }

    @Override
    public void close() throws Exception {
        dataSource.stop();
    }
}

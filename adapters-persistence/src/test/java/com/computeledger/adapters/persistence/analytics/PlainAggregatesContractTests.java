package com.computeledger.adapters.persistence.analytics;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.contract.MarketStatisticsContract;
import com.computeledger.application.contract.OutPorts;

/**
 * The statistics contract on the plain SQL aggregates alone, without the running totals wrapped around them
 * in production: both answer every market-wide question the same.
 */
class PlainAggregatesContractTests extends MarketStatisticsContract {

    @Override
    protected OutPorts freshPorts() {
        OutPorts ports = TestDatabases.portsOn(TestDatabases.freshH2());
        return new OutPorts(ports.deals(), ports.organisations(), ports.providers(), ports.accelerators(),
                new JdbiMarketStatistics((JdbiUnitOfWork) ports.unitOfWork()), ports.idempotencyKeys(),
                ports.apiKeys(), ports.unitOfWork());
    }
}

package com.computeledger.application.fake;

import com.computeledger.application.contract.DealRepositoryContract;
import com.computeledger.application.contract.IdempotencyKeysContract;
import com.computeledger.application.contract.MarketStatisticsContract;
import com.computeledger.application.contract.OutPorts;
import com.computeledger.application.contract.ReferenceDataContract;
import org.junit.jupiter.api.Nested;

/** Runs every out-port contract against the in-memory fakes. */
class InMemoryContractTests {

    static OutPorts inMemoryPorts() {
        InMemoryDealRepository deals = new InMemoryDealRepository();
        InMemoryAcceleratorRepository accelerators = new InMemoryAcceleratorRepository();
        return new OutPorts(deals, new InMemoryProviderRepository(), accelerators,
                new InMemoryMarketStatistics(deals, accelerators), new InMemoryIdempotencyKeys(), new InMemoryUnitOfWork());
    }

    @Nested
    class Deals extends DealRepositoryContract {
        @Override
        protected OutPorts freshPorts() {
            return inMemoryPorts();
        }
    }

    @Nested
    class ReferenceData extends ReferenceDataContract {
        @Override
        protected OutPorts freshPorts() {
            return inMemoryPorts();
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract {
        @Override
        protected OutPorts freshPorts() {
            return inMemoryPorts();
        }
    }

    @Nested
    class Statistics extends MarketStatisticsContract {
        @Override
        protected OutPorts freshPorts() {
            return inMemoryPorts();
        }
    }
}

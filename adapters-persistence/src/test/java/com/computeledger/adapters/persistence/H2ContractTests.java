package com.computeledger.adapters.persistence;

import com.computeledger.application.contract.DealRepositoryContract;
import com.computeledger.application.contract.IdempotencyKeysContract;
import com.computeledger.application.contract.MarketStatisticsContract;
import com.computeledger.application.contract.OutPorts;
import com.computeledger.application.contract.ReferenceDataContract;
import org.junit.jupiter.api.Nested;

/** Runs every out-port contract against the JDBI adapter on H2. */
class H2ContractTests {

    private static OutPorts freshH2Ports() {
        return TestDatabases.portsOn(TestDatabases.freshH2());
    }

    @Nested
    class Deals extends DealRepositoryContract {
        @Override
        protected OutPorts freshPorts() {
            return freshH2Ports();
        }
    }

    @Nested
    class ReferenceData extends ReferenceDataContract {
        @Override
        protected OutPorts freshPorts() {
            return freshH2Ports();
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract {
        @Override
        protected OutPorts freshPorts() {
            return freshH2Ports();
        }
    }

    @Nested
    class Statistics extends MarketStatisticsContract {
        @Override
        protected OutPorts freshPorts() {
            return freshH2Ports();
        }
    }
}

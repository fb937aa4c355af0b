package com.computeledger.adapters.persistence;

import com.computeledger.application.contract.DealRepositoryContract;
import com.computeledger.application.contract.IdempotencyKeysContract;
import com.computeledger.application.contract.MarketStatisticsContract;
import com.computeledger.application.contract.OutPorts;
import com.computeledger.application.contract.ReferenceDataContract;
import org.junit.jupiter.api.Nested;

/** Runs every out-port contract against the JDBI adapter on a real PostgreSQL server started by the test. */
class PostgresContractTests {

    private static OutPorts freshPostgresPorts() {
        return TestDatabases.portsOn(TestDatabases.freshPostgres());
    }

    @Nested
    class Deals extends DealRepositoryContract {
        @Override
        protected OutPorts freshPorts() {
            return freshPostgresPorts();
        }
    }

    @Nested
    class ReferenceData extends ReferenceDataContract {
        @Override
        protected OutPorts freshPorts() {
            return freshPostgresPorts();
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract {
        @Override
        protected OutPorts freshPorts() {
            return freshPostgresPorts();
        }
    }

    @Nested
    class Statistics extends MarketStatisticsContract {
        @Override
        protected OutPorts freshPorts() {
            return freshPostgresPorts();
        }
    }
}

package com.computeledger.application.contract;

import org.junit.jupiter.api.Nested;

/**
 * Every out-port contract for one implementation: extend it, say how to make fresh ports, and JUnit runs
 * each contract suite as a nested class (see InMemoryContractTests, H2ContractTests, PostgresContractTests).
 */
public abstract class OutPortContracts {

    /** A fresh, empty store of the implementation under test, with its schema in place. */
    protected abstract OutPorts freshPorts();

    @Nested
    class Deals extends DealRepositoryContract {
        @Override
        protected OutPorts freshPorts() {
            return OutPortContracts.this.freshPorts();
        }
    }

    @Nested
    class ReferenceData extends ReferenceDataContract {
        @Override
        protected OutPorts freshPorts() {
            return OutPortContracts.this.freshPorts();
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract {
        @Override
        protected OutPorts freshPorts() {
            return OutPortContracts.this.freshPorts();
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContract {
        @Override
        protected OutPorts freshPorts() {
            return OutPortContracts.this.freshPorts();
        }
    }

    @Nested
    class Statistics extends MarketStatisticsContract {
        @Override
        protected OutPorts freshPorts() {
            return OutPortContracts.this.freshPorts();
        }
    }
}

package com.computeledger.adapters.persistence;

import com.computeledger.application.contract.OutPortContracts;
import com.computeledger.application.contract.OutPorts;

/** Runs every out-port contract against the JDBI adapter on a real PostgreSQL server started by the test. */
class PostgresContractTests extends OutPortContracts {

    @Override
    protected OutPorts freshPorts() {
        return TestDatabases.portsOn(TestDatabases.freshPostgres());
    }
}

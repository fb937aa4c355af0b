package com.computeledger.adapters.persistence;

import com.computeledger.application.contract.OutPortContracts;
import com.computeledger.application.contract.OutPorts;

/** Runs every out-port contract against the JDBI adapter on H2. */
class H2ContractTests extends OutPortContracts {

    @Override
    protected OutPorts freshPorts() {
        return TestDatabases.portsOn(TestDatabases.freshH2());
    }
}

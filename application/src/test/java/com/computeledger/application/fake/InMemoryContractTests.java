package com.computeledger.application.fake;

import com.computeledger.application.contract.OutPortContracts;
import com.computeledger.application.contract.OutPorts;

/** Runs every out-port contract against the in-memory fakes. */
class InMemoryContractTests extends OutPortContracts {

    @Override
    protected OutPorts freshPorts() {
        InMemoryDealRepository deals = new InMemoryDealRepository();
        InMemoryAcceleratorRepository accelerators = new InMemoryAcceleratorRepository();
        return new OutPorts(deals, new InMemoryOrganisationRepository(), new InMemoryProviderRepository(),
                accelerators, new InMemoryMarketStatistics(deals, accelerators), new InMemoryIdempotencyKeys(),
                new InMemoryApiKeyRepository(), new InMemoryUnitOfWork());
    }
}

package com.computeledger.application.fake;

import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;

/** The provider out-port in memory. */
public final class InMemoryProviderRepository extends InMemoryReferenceData<Provider, ProviderId>
        implements ProviderRepository {

    public InMemoryProviderRepository() {
        super("provider", Provider::id, ProviderId::value);
    }
}

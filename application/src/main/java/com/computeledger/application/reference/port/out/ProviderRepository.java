package com.computeledger.application.reference.port.out;

import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;

/** Out-port: stores and loads providers. */
public interface ProviderRepository extends ReferenceRepository<Provider, ProviderId> {
}

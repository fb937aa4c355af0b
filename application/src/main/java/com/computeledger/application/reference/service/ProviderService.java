package com.computeledger.application.reference.service;

import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;

/** Implements the provider use cases over the provider repository. */
public final class ProviderService extends ReferenceDataService<Provider, ProviderId> implements ProviderUseCases {

    public ProviderService(ProviderRepository providers, UnitOfWork unitOfWork) {
        super("provider", Provider::id, providers, unitOfWork);
    }
}

package com.computeledger.application.reference.service;

import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.UnknownOrganisationException;

/** Implements the provider use cases over the provider repository; a provider's owner must be registered first. */
public final class ProviderService extends ReferenceDataService<Provider, ProviderId> implements ProviderUseCases {

    private final OrganisationRepository organisations;

    public ProviderService(ProviderRepository providers, OrganisationRepository organisations, UnitOfWork unitOfWork) {
        super("provider", Provider::id, providers, unitOfWork);
        this.organisations = organisations;
    }

    @Override
    void checkReferences(Provider provider) {
        provider.owner().filter(owner -> organisations.findById(owner).isEmpty()).ifPresent(unknown -> {
            throw new UnknownOrganisationException("owner", unknown);
        });
    }
}

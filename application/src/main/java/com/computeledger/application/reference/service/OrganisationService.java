package com.computeledger.application.reference.service;

import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.in.OrganisationUseCases;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;

/** Implements the organisation use cases over the organisation repository. */
public final class OrganisationService extends ReferenceDataService<Organisation, OrganisationId>
        implements OrganisationUseCases {

    public OrganisationService(OrganisationRepository organisations, UnitOfWork unitOfWork) {
        super("organisation", Organisation::id, organisations, unitOfWork);
    }
}

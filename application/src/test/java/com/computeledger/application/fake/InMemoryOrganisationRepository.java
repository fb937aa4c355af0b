package com.computeledger.application.fake;

import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;

/** The organisation out-port in memory. */
public final class InMemoryOrganisationRepository extends InMemoryReferenceData<Organisation, OrganisationId>
        implements OrganisationRepository {

    public InMemoryOrganisationRepository() {
        super("organisation", Organisation::id, OrganisationId::value);
    }
}

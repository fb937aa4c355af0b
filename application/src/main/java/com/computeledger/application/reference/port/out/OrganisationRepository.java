package com.computeledger.application.reference.port.out;

import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;

/** Out-port: stores and loads organisations. */
public interface OrganisationRepository extends ReferenceRepository<Organisation, OrganisationId> {
}

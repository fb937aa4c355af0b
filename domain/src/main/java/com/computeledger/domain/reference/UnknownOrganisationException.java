package com.computeledger.domain.reference;

import com.computeledger.domain.shared.DomainException;

/** A money flow, a provider or a run rate names an organisation that is not registered; {@code field} says where. */
public final class UnknownOrganisationException extends DomainException {

    private final String field;

    public UnknownOrganisationException(String field, OrganisationId organisationId) {
        super("organisation '" + organisationId + "' is not registered; register it first");
        this.field = field;
    }

    /** The request field that names the organisation ({@code payer}, {@code payee}, {@code owner}). */
    public String field() {
        return field;
    }
}

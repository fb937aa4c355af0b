package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Slug;

/** Typed id of an organisation: a slug such as {@code amazon}. */
public record OrganisationId(String value) {

    public OrganisationId {
        Slug.require(value, "organisationId");
    }

    @Override
    public String toString() {
        return value;
    }
}

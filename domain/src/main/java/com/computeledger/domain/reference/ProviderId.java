package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Slug;

/** Typed id of a provider: a slug such as {@code aws}. */
public record ProviderId(String value) {

    public ProviderId {
        Slug.require(value, "providerId");
    }

    @Override
    public String toString() {
        return value;
    }
}

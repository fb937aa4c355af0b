package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Slug;

/** Typed id of a provider: a slug such as {@code aws}. */
public record ProviderId(String value) {

    public ProviderId {
        Slug.require(value, "providerId");
    }

    public static ProviderId of(String value) {
        return new ProviderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

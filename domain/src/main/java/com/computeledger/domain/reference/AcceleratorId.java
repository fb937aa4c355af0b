package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Slug;

/** Typed id of a catalog accelerator: a slug such as {@code nvidia-gb200}. */
public record AcceleratorId(String value) {

    public AcceleratorId {
        Slug.require(value, "acceleratorId");
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.computeledger.domain.reference;

import com.computeledger.domain.shared.DomainException;

/** A commitment names an accelerator that is not in the catalog. */
public final class UnknownAcceleratorException extends DomainException {

    private final transient AcceleratorId acceleratorId;

    public UnknownAcceleratorException(AcceleratorId acceleratorId) {
        super("accelerator '" + acceleratorId + "' is not in the catalog; register it first");
        this.acceleratorId = acceleratorId;
    }

    public AcceleratorId acceleratorId() {
        return acceleratorId;
    }
}

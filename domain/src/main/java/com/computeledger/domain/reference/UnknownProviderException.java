package com.computeledger.domain.reference;

import com.computeledger.domain.shared.DomainException;

/** A deal names a provider that is not registered. */
public final class UnknownProviderException extends DomainException {

    public UnknownProviderException(ProviderId providerId) {
        super("provider '" + providerId + "' is not registered; register it first");
    }
}

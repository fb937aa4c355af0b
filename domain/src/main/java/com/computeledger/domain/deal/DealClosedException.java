package com.computeledger.domain.deal;

import com.computeledger.domain.shared.DomainException;

/** A revision of a deal that is already completed or cancelled: closed deals are kept as they ended. */
public final class DealClosedException extends DomainException {

    public DealClosedException(DealId id, DealStatus status) {
        super("deal " + id + " is " + status + " and can no longer be revised");
    }
}

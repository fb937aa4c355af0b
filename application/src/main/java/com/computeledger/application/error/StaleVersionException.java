package com.computeledger.application.error;

import com.computeledger.domain.deal.DealId;

/** A change was based on a version of the deal that is no longer the current one (optimistic locking). */
public final class StaleVersionException extends RuntimeException {

    public StaleVersionException(DealId id, long expectedVersion) {
        super("deal " + id + " is no longer at version " + expectedVersion
                + "; read it again and apply the change to the current version", null, false, false);
    }
}

package com.computeledger.application.error;

import com.computeledger.domain.deal.DealId;

/** A change was based on a version of a deal or money flow that is no longer the current one (optimistic locking). */
public final class StaleVersionException extends RuntimeException {

    public StaleVersionException(DealId id, long expectedVersion) {
        this("deal", id, expectedVersion);
    }

    /** A change to the {@code record} (such as "money flow") {@code id}, based on {@code expectedVersion}. */
    public StaleVersionException(String record, Object id, long expectedVersion) {
        super(record + " " + id + " is no longer at version " + expectedVersion
                + "; read it again and apply the change to the current version", null, false, false);
    }
}

package com.computeledger.domain.deal;

/** How sure the ledger is of a deal's value. */
public enum ValueConfidence {
    /** Stated by a party to the deal or in a filing. */
    CONFIRMED,
    /** Reported by the press citing sources. */
    REPORTED,
    /** Estimated by an analyst. */
    ESTIMATED
}

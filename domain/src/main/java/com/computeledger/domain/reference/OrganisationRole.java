package com.computeledger.domain.reference;

/** A part an organisation plays in the market; one firm may play several (Amazon invests, buys and sells). */
public enum OrganisationRole {
    /** Puts equity into other firms. */
    INVESTOR,
    /** Buys compute or hardware. */
    CUSTOMER,
    /** Sells compute (owns one or more providers). */
    PROVIDER,
    /** Sells accelerators. */
    CHIP_VENDOR
}

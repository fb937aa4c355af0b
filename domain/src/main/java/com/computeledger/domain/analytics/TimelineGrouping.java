package com.computeledger.domain.analytics;

/** Whose capacity a timeline shows per line: each provider's or each customer's. */
public enum TimelineGrouping {
    PROVIDER,
    CUSTOMER
}

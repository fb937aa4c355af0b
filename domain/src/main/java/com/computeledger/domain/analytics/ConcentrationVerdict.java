package com.computeledger.domain.analytics;

/** How concentrated a market is under a set of merger guidelines. */
public enum ConcentrationVerdict {
    UNCONCENTRATED,
    MODERATELY_CONCENTRATED,
    HIGHLY_CONCENTRATED
}

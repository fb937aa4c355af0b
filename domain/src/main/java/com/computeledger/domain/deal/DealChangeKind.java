package com.computeledger.domain.deal;

/** What kind of change a history entry records. */
public enum DealChangeKind {
    RECORDED,
    REVISED,
    STATUS_CHANGED
}

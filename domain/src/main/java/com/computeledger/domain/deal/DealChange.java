package com.computeledger.domain.deal;

/** The outcome of a command on a deal: the deal as it now is, and the history entry to keep. */
public record DealChange(Deal deal, DealHistoryEntry historyEntry) {
}

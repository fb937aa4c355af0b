package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;

/** The outcome of a command on a deal: the deal as it now is, and the history entry to keep. */
public record DealChange(Deal deal, DealHistoryEntry historyEntry) {

    public DealChange {
        Require.present(deal, "deal");
        Require.present(historyEntry, "historyEntry");
    }
}

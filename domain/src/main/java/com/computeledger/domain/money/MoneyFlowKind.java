package com.computeledger.domain.money;

/** What a flow of money pays for. */
public enum MoneyFlowKind {
    /** A buyer pays a provider's owner for compute (every deal of the ledger is one). */
    COMPUTE_PURCHASE,
    /** A cloud pays a chip vendor for accelerators. */
    HARDWARE_PURCHASE,
    /** An investor puts money into a firm for a share of it. */
    EQUITY_INVESTMENT;

    /** Whether the payer buys something it will have to pay for (what a buyer's commitments are made of). */
    public boolean isPurchase() {
        return this != EQUITY_INVESTMENT;
    }
}

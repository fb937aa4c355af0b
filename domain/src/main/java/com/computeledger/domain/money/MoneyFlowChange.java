package com.computeledger.domain.money;

/** The outcome of a command on a money flow: the flow as it now is, and the history entry to keep. */
public record MoneyFlowChange(MoneyFlow flow, MoneyFlowHistoryEntry historyEntry) {
}

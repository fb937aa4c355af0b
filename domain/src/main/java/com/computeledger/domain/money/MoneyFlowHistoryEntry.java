package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.time.Instant;
import java.util.List;

/** One version of a money flow's history, in the deal history's terms: who changed which fields, when. */
public record MoneyFlowHistoryEntry(
        MoneyFlowId flowId, long version, DealChangeKind kind, Actor actor, Instant occurredAt,
        List<FieldChange> changes) {

    public MoneyFlowHistoryEntry {
        Require.present(flowId, "flowId");
        Require.that(version >= 1, "version", "must be at least 1");
        Require.present(kind, "kind");
        Require.present(actor, "actor");
        Require.present(occurredAt, "occurredAt");
        changes = List.copyOf(Require.present(changes, "changes"));
    }
}

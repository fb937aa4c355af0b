package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.time.Instant;
import java.util.List;

/** One version of a deal's history: who changed what, when, and each field's value before and after. */
public record DealHistoryEntry(
        DealId dealId, long version, DealChangeKind kind, Actor actor, Instant occurredAt, List<FieldChange> changes) {

    public DealHistoryEntry {
        Require.present(dealId, "dealId");
        Require.that(version >= 1, "version", "must be at least 1");
        Require.present(kind, "kind");
        Require.present(actor, "actor");
        Require.present(occurredAt, "occurredAt");
        changes = List.copyOf(Require.present(changes, "changes"));
    }
}

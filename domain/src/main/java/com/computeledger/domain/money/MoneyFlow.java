package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Aggregate root: one flow of money from a payer organisation to a payee — a compute or hardware purchase, or an
 * equity investment. Recorded at version 1 with a history entry listing every field, as a deal is; each
 * {@linkplain #revise revision} is one version more with the entry of what changed. The write rules run when it is
 * recorded or revised, and {@link #rehydrate} reads a stored flow back as it was stored.
 */
public record MoneyFlow(MoneyFlowId id, MoneyFlowDetails details, long version, Instant recordedAt, Instant updatedAt) {

    public MoneyFlow {
        Require.present(id, "id");
        Require.present(details, "details");
        Require.that(version >= 1, "version", "must be at least 1");
        Require.present(recordedAt, "recordedAt");
        Require.present(updatedAt, "updatedAt");
    }

    /** A new flow at version 1, and the history entry that records it. */
    public static MoneyFlowChange record(MoneyFlowId id, MoneyFlowDetails details, Actor actor, Instant now) {
        Require.present(details, "details").checkWriteRules();
        MoneyFlow flow = new MoneyFlow(id, details, 1, now, now);
        return new MoneyFlowChange(flow, new MoneyFlowHistoryEntry(id, 1, DealChangeKind.RECORDED, actor, now,
                details.changesSince(Optional.empty())));
    }

    /**
     * Replaces the details; empty when the new details change nothing (no new version, no history entry). The write
     * rules run, as when recording.
     */
    public Optional<MoneyFlowChange> revise(MoneyFlowDetails newDetails, Actor actor, Instant now) {
        Require.present(newDetails, "details").checkWriteRules();
        List<FieldChange> changes = newDetails.changesSince(Optional.of(details));
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        MoneyFlow revised = new MoneyFlow(id, newDetails, version + 1, recordedAt, now);
        return Optional.of(new MoneyFlowChange(revised, new MoneyFlowHistoryEntry(id, version + 1,
                DealChangeKind.REVISED, actor, now, changes)));
    }

    /** Rebuilds a flow exactly as it was stored (the canonical constructor, named for storage adapters). */
    public static MoneyFlow rehydrate(MoneyFlowId id, MoneyFlowDetails details, long version, Instant recordedAt,
                                      Instant updatedAt) {
        return new MoneyFlow(id, details, version, recordedAt, updatedAt);
    }
}

package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Aggregate root: one flow of money from a payer organisation to a payee — a compute or hardware purchase, or an
 * equity investment. Recorded at version 1 with a history entry listing every field, as a deal is; the write rules
 * run when it is {@linkplain #record recorded}, and {@link #rehydrate} reads a stored flow back as it was stored.
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
     * A flow as a backup holds it, with the one entry that recorded it, as the change that stores it again; refused
     * when the two do not agree (a flow is not changed once recorded: one version, one {@code RECORDED} entry of
     * this flow at the moment it was recorded).
     */
    public static MoneyFlowChange restore(MoneyFlow flow, List<MoneyFlowHistoryEntry> history) {
        Require.present(flow, "flow");
        Require.that(Require.noNulls(history, "history").size() == 1 && flow.version() == 1, "history",
                "must hold the one entry that recorded the flow, at version 1");
        MoneyFlowHistoryEntry recorded = history.get(0);
        Require.that(recorded.flowId().equals(flow.id()), "history[0]", "is of another flow");
        Require.that(recorded.version() == 1 && recorded.kind() == DealChangeKind.RECORDED, "history[0]",
                "must be version 1, RECORDED");
        Require.that(recorded.occurredAt().equals(flow.recordedAt()) && flow.updatedAt().equals(flow.recordedAt()),
                "history[0].occurredAt", "must be the flow's recordedAt and updatedAt");
        return new MoneyFlowChange(flow, recorded);
    }

    /** Rebuilds a flow exactly as it was stored (the canonical constructor, named for storage adapters). */
    public static MoneyFlow rehydrate(MoneyFlowId id, MoneyFlowDetails details, long version, Instant recordedAt,
                                      Instant updatedAt) {
        return new MoneyFlow(id, details, version, recordedAt, updatedAt);
    }
}

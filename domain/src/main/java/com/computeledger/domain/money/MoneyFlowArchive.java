package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.shared.Require;
import java.util.List;

/**
 * A money flow together with its whole history, as a backup keeps it. The two must tell the same story, or the
 * archive is refused: one entry per version from 1 to the flow's version, all of this flow; the first
 * {@code RECORDED} at the moment the flow was recorded, every later one a revision, the last at the moment it was
 * last updated.
 */
public record MoneyFlowArchive(MoneyFlow flow, List<MoneyFlowHistoryEntry> history) {

    public MoneyFlowArchive {
        Require.present(flow, "flow");
        history = List.copyOf(Require.noNulls(history, "history"));
        Require.that(history.size() == flow.version(), "history",
                "has " + history.size() + " entries for version " + flow.version());
        for (int index = 0; index < history.size(); index++) {
            MoneyFlowHistoryEntry entry = history.get(index);
            Require.that(entry.flowId().equals(flow.id()), "history[" + index + "]", "is of another flow");
            Require.that(entry.version() == index + 1, "history[" + index + "].version", "must be " + (index + 1));
            Require.that(entry.kind() == (index == 0 ? DealChangeKind.RECORDED : DealChangeKind.REVISED),
                    "history[" + index + "].kind", index == 0 ? "must be RECORDED" : "must be REVISED");
        }
        Require.that(history.get(0).occurredAt().equals(flow.recordedAt()), "history[0].occurredAt",
                "must be the flow's recordedAt");
        Require.that(history.get(history.size() - 1).occurredAt().equals(flow.updatedAt()),
                "history[" + (history.size() - 1) + "].occurredAt", "must be the flow's updatedAt");
    }

    public MoneyFlowId id() {
        return flow.id();
    }
}

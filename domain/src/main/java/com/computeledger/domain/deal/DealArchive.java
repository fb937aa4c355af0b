package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import java.util.List;
import java.util.Optional;

/**
 * A deal together with its whole history, as a backup keeps it: what an export writes and an import restores.
 *
 * <p>The two must tell the same story, or the archive is refused: one entry per version from 1 to the deal's
 * version, all of this deal; the first {@code RECORDED} at the moment the deal was recorded, the last at the moment
 * it was last updated; and the status the last status change moved to (or {@code ANNOUNCED} without one) is the
 * deal's status.
 */
public record DealArchive(Deal deal, List<DealHistoryEntry> history) {

    public DealArchive {
        Require.present(deal, "deal");
        history = List.copyOf(Require.noNulls(history, "history"));
        Require.that(history.size() == deal.version(), "history",
                "has " + history.size() + " entries for version " + deal.version());
        for (int index = 0; index < history.size(); index++) {
            DealHistoryEntry entry = history.get(index);
            Require.that(entry.dealId().equals(deal.id()), "history[" + index + "]", "is of another deal");
            Require.that(entry.version() == index + 1, "history[" + index + "].version",
                    "must be " + (index + 1) + ", the entries numbered 1, 2, 3, ... in order");
            Require.that((entry.kind() == DealChangeKind.RECORDED) == (index == 0), "history[" + index + "].kind",
                    index == 0 ? "must be RECORDED" : "must not be RECORDED: only the first entry records the deal");
        }
        Require.that(history.get(0).occurredAt().equals(deal.recordedAt()), "history[0].occurredAt",
                "must be the deal's recordedAt");
        Require.that(history.get(history.size() - 1).occurredAt().equals(deal.updatedAt()),
                "history[" + (history.size() - 1) + "].occurredAt", "must be the deal's updatedAt");
        Require.that(lastStatus(history).equals(deal.status().name()), "status",
                "must be the status the history last moved to (" + lastStatus(history) + ")");
    }

    public DealId id() {
        return deal.id();
    }

    /** The status the last status change moved to; a deal never moved is announced. */
    private static String lastStatus(List<DealHistoryEntry> history) {
        String status = DealStatus.ANNOUNCED.name();
        for (DealHistoryEntry entry : history) {
            if (entry.kind() == DealChangeKind.STATUS_CHANGED) {
                status = entry.changes().stream().filter(change -> "status".equals(change.field()))
                        .map(FieldChange::after).flatMap(Optional::stream).findFirst().orElse(status);
            }
        }
        return status;
    }
}

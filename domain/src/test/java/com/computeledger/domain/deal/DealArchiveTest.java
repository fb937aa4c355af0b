package com.computeledger.domain.deal;

import static com.computeledger.domain.deal.DealFixtures.ANALYST;
import static com.computeledger.domain.deal.DealFixtures.ID;
import static com.computeledger.domain.deal.DealFixtures.NOW;
import static com.computeledger.domain.deal.DealFixtures.awsDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DealArchiveTest {

    private static final Instant LATER = NOW.plusSeconds(60);
    private static final Instant LAST = NOW.plusSeconds(120);

    /** Recorded, revised, then completed: three versions and three entries. */
    private static final List<DealChange> LIFE = life();

    private static List<DealChange> life() {
        DealChange recorded = Deal.record(ID, awsDeal(), ANALYST, NOW);
        DealChange revised = recorded.deal().revise(DealFixtures.withValue(awsDeal(),
                DealValue.exact(Money.usd("40000000000"))), ANALYST, LATER).orElseThrow();
        DealChange active = revised.deal().changeStatus(DealStatus.ACTIVE, ANALYST, LAST);
        return List.of(recorded, revised, active);
    }

    private static List<DealHistoryEntry> entries() {
        return LIFE.stream().map(DealChange::historyEntry).toList();
    }

    private static Deal last() {
        return LIFE.get(2).deal();
    }

    @Test
    void aDealAndTheHistoryItsCommandsWroteMakeAnArchive() {
        DealArchive archive = new DealArchive(last(), entries());
        assertThat(archive.id()).isEqualTo(ID);
        assertThat(archive.history()).extracting(DealHistoryEntry::version).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aHistoryWithAMissingVersionIsRefused() {
        List<DealHistoryEntry> gap = List.of(entries().get(0), entries().get(2));
        assertThatThrownBy(() -> new DealArchive(last(), gap)).isInstanceOf(InvariantViolationException.class)
                .hasMessage("history: has 2 entries for version 3");
    }

    @Test
    void entriesOutOfOrderAreRefused() {
        List<DealHistoryEntry> swapped = new ArrayList<>(entries());
        swapped.set(1, entries().get(2));
        swapped.set(2, entries().get(1));
        assertThatThrownBy(() -> new DealArchive(last(), swapped))
                .hasMessage("history[1].version: must be 2, the entries numbered 1, 2, 3, ... in order");
    }

    @Test
    void anEntryOfAnotherDealIsRefused() {
        DealId other = new DealId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
        List<DealHistoryEntry> mixed = new ArrayList<>(entries());
        DealHistoryEntry second = entries().get(1);
        mixed.set(1, new DealHistoryEntry(other, 2, second.kind(), second.actor(), second.occurredAt(),
                second.changes()));
        assertThatThrownBy(() -> new DealArchive(last(), mixed)).hasMessage("history[1]: is of another deal");
    }

    @Test
    void theFirstEntryAloneRecordsTheDeal() {
        List<DealHistoryEntry> recordedTwice = new ArrayList<>(entries());
        DealHistoryEntry second = entries().get(1);
        recordedTwice.set(1, new DealHistoryEntry(ID, 2, DealChangeKind.RECORDED, second.actor(),
                second.occurredAt(), second.changes()));
        assertThatThrownBy(() -> new DealArchive(last(), recordedTwice))
                .hasMessage("history[1].kind: must not be RECORDED: only the first entry records the deal");
    }

    @Test
    void theEntriesMustSpanTheDealsTimestamps() {
        Deal recordedLater = Deal.rehydrate(ID, last().details(), last().status(), 3, LATER, LAST);
        assertThatThrownBy(() -> new DealArchive(recordedLater, entries()))
                .hasMessage("history[0].occurredAt: must be the deal's recordedAt");
        Deal updatedEarlier = Deal.rehydrate(ID, last().details(), last().status(), 3, NOW, LATER);
        assertThatThrownBy(() -> new DealArchive(updatedEarlier, entries()))
                .hasMessage("history[2].occurredAt: must be the deal's updatedAt");
    }

    @Test
    void theStatusMustBeTheOneTheHistoryLastMovedTo() {
        Deal cancelled = Deal.rehydrate(ID, last().details(), DealStatus.CANCELLED, 3, NOW, LAST);
        assertThatThrownBy(() -> new DealArchive(cancelled, entries()))
                .hasMessage("status: must be the status the history last moved to (ACTIVE)");
        Deal neverMoved = LIFE.get(1).deal();
        assertThat(new DealArchive(neverMoved, entries().subList(0, 2)).deal().status())
                .isEqualTo(DealStatus.ANNOUNCED);
    }
}

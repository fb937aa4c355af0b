package com.computeledger.adapters.persistence.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.deal.DealRows.HistoryRow;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DealMappingTest {

    private static final DealId ID = new DealId(UUID.randomUUID());
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aCreationEntryIsOneRowWhoseSnapshotGivesBackEveryFieldExactly() {
        DealHistoryEntry recorded = new DealHistoryEntry(ID, 1, DealChangeKind.RECORDED, new Actor("csv-import"), AT,
                List.of(set("customer", "A = B \\ C"), set("value", "line one\nline two\r\nend\\n"),
                        set("sources", ""), set("term.start", "2026-01-01")));

        HistoryRow row = DealMapping.historyRow(recorded);

        assertThat(row.snapshot()).isNotNull();
        assertThat(DealMapping.changeRows(recorded)).isEmpty();
        assertThat(DealMapping.toHistoryEntry(row, List.of())).isEqualTo(recorded);
    }

    @Test
    void aRevisionKeepsOneChangeRowPerField() {
        DealHistoryEntry revised = new DealHistoryEntry(ID, 2, DealChangeKind.REVISED, new Actor("someone"), AT,
                List.of(new FieldChange("customer", Optional.of("A"), Optional.of("B"))));

        HistoryRow row = DealMapping.historyRow(revised);

        assertThat(row.snapshot()).isNull();
        assertThat(DealMapping.toHistoryEntry(row, DealMapping.changeRows(revised))).isEqualTo(revised);
    }

    private static FieldChange set(String field, String value) {
        return new FieldChange(field, Optional.empty(), Optional.of(value));
    }
}

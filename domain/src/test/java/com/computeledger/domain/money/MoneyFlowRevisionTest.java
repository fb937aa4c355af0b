package com.computeledger.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revising a money flow, and the archive of a flow with its history that a backup restores. */
class MoneyFlowRevisionTest {

    private static final Instant RECORDED = Instant.parse("2025-09-22T10:00:00Z");
    private static final Instant REVISED = RECORDED.plusSeconds(3600);
    private static final MoneyFlowId ID = new MoneyFlowId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    private static final Actor DESK = new Actor("desk");

    private static MoneyFlowDetails investment(DealValue value) {
        return new MoneyFlowDetails(MoneyFlowKind.EQUITY_INVESTMENT, new OrganisationId("nvidia"),
                new OrganisationId("openai"), LocalDate.of(2025, 9, 22), Term.undisclosed(), value,
                ValueConfidence.REPORTED, List.of(new Source("Press report", URI.create("https://example.com/a"),
                LocalDate.of(2025, 9, 22))));
    }

    private static final MoneyFlowChange RECORDED_FLOW = MoneyFlow.record(ID, investment(
            DealValue.range(Money.usd("10000000000"), Money.usd("100000000000"))), DESK, RECORDED);

    @Test
    void aRevisionIsOneVersionMoreWithTheEntryOfWhatChanged() {
        MoneyFlowChange revised = RECORDED_FLOW.flow().revise(investment(DealValue.exact(Money.usd("100000000000"))),
                DESK, REVISED).orElseThrow();

        assertThat(revised.flow().version()).isEqualTo(2);
        assertThat(revised.flow().recordedAt()).isEqualTo(RECORDED);
        assertThat(revised.flow().updatedAt()).isEqualTo(REVISED);
        assertThat(revised.historyEntry().kind()).isEqualTo(DealChangeKind.REVISED);
        assertThat(revised.historyEntry().changes()).containsExactly(new FieldChange("value",
                Optional.of("USD 10000000000.00 to 100000000000.00"), Optional.of("USD 100000000000.00")));
    }

    @Test
    void aRevisionThatChangesNothingIsNoneAndOneThatBreaksARuleIsRefused() {
        assertThat(RECORDED_FLOW.flow().revise(RECORDED_FLOW.flow().details(), DESK, REVISED)).isEmpty();
        assertThatThrownBy(() -> RECORDED_FLOW.flow().revise(investment(DealValue.exact(Money.usd("-1"))), DESK,
                REVISED)).isInstanceOf(InvariantViolationException.class).hasMessageContaining("value");
    }

    @Test
    void anArchiveMustTellTheFlowsStory() {
        MoneyFlowChange revised = RECORDED_FLOW.flow().revise(investment(DealValue.exact(Money.usd("100000000000"))),
                DESK, REVISED).orElseThrow();
        List<MoneyFlowHistoryEntry> history = List.of(RECORDED_FLOW.historyEntry(), revised.historyEntry());

        assertThat(new MoneyFlowArchive(revised.flow(), history).id()).isEqualTo(ID);
        assertThatThrownBy(() -> new MoneyFlowArchive(revised.flow(), history.subList(0, 1)))
                .hasMessage("history: has 1 entries for version 2");
        assertThatThrownBy(() -> new MoneyFlowArchive(revised.flow(), List.of(revised.historyEntry(),
                RECORDED_FLOW.historyEntry()))).hasMessage("history[0].version: must be 1");
        MoneyFlow updatedLater = MoneyFlow.rehydrate(ID, revised.flow().details(), 2, RECORDED, REVISED.plusSeconds(1));
        assertThatThrownBy(() -> new MoneyFlowArchive(updatedLater, history))
                .hasMessage("history[1].occurredAt: must be the flow's updatedAt");
    }
}

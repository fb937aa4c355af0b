package com.computeledger.application.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.demo.ArticleDemoData.DemoDeal;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.InvariantViolationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DealCursorTest {

    private static final DemoDeal AWS = ArticleDemoData.deals().get(0);
    private static final Deal DEAL = Deal.record(AWS.id(), AWS.details(), new Actor("analyst"),
            Instant.parse("2025-11-03T09:15:30.123456Z")).deal();

    @Test
    void aCursorAfterADealReadsBackFromItsTextForEverySort() {
        for (DealSort sort : DealSort.values()) {
            DealCursor after = DealCursor.after(DEAL, sort);

            assertThat(after.lastKey()).isEqualTo(sort.field().keyOf(DEAL));
            assertThat(DealCursor.parse(sort, after.keyText(), DEAL.id())).isEqualTo(after);
        }
        assertThat(DealCursor.after(DEAL, DealSort.ANNOUNCED_ON_DESC).keyText())
                .isEqualTo(DEAL.details().announcedOn().toString());
    }

    @Test
    void textThatDoesNotFitTheSortIsNotACursorThisServiceIssued() {
        for (String text : new String[] {"openai", "2025-13-01", ""}) {
            assertThatThrownBy(() -> DealCursor.parse(DealSort.ANNOUNCED_ON_ASC, text, DEAL.id()))
                    .isInstanceOf(InvariantViolationException.class).hasMessageContaining("not a cursor");
        }
        assertThatThrownBy(() -> DealCursor.parse(DealSort.RECORDED_AT_DESC, "2025-11-03", DEAL.id()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("not a cursor");
        assertThatThrownBy(() -> DealCursor.parse(DealSort.CUSTOMER_ASC, "x".repeat(201), DEAL.id()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("not a cursor");
    }

    @Test
    void aKeyOfAnotherTypeThanItsSortsIsRefused() {
        assertThatThrownBy(() -> new DealCursor(DealSort.ANNOUNCED_ON_DESC, "2025-11-03", DEAL.id()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("not a cursor");
        assertThatThrownBy(() -> new DealCursor(DealSort.CUSTOMER_ASC, LocalDate.of(2025, 11, 3), DEAL.id()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("not a cursor");
    }
}

package com.computeledger.domain.deal;

import static com.computeledger.domain.deal.DealFixtures.ANALYST;
import static com.computeledger.domain.deal.DealFixtures.ID;
import static com.computeledger.domain.deal.DealFixtures.NOW;
import static com.computeledger.domain.deal.DealFixtures.awsDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void aRecordedDealIsAnnouncedAtVersionOneWithAFullHistoryEntry() {
        DealChange change = Deal.record(ID, awsDeal(), ANALYST, NOW);

        assertThat(change.deal().status()).isEqualTo(DealStatus.ANNOUNCED);
        assertThat(change.deal().version()).isEqualTo(1);
        assertThat(change.deal().recordedAt()).isEqualTo(NOW);
        DealHistoryEntry entry = change.historyEntry();
        assertThat(entry.kind()).isEqualTo(DealChangeKind.RECORDED);
        assertThat(entry.version()).isEqualTo(1);
        assertThat(entry.actor()).isEqualTo(ANALYST);
        assertThat(entry.changes()).extracting(FieldChange::field).contains("customer", "value", "term.durationMonths");
        assertThat(entry.changes()).allSatisfy(c -> assertThat(c.before()).isEmpty());
    }

    @Test
    void aRevisionBumpsTheVersionAndRecordsOnlyWhatChanged() {
        Deal deal = DealFixtures.recordedAwsDeal();
        DealDetails revised = DealFixtures.withValue(awsDeal(), DealValue.exact(Money.usd("40000000000")));

        DealChange change = deal.revise(revised, ANALYST, LATER).orElseThrow();

        assertThat(change.deal().version()).isEqualTo(2);
        assertThat(change.deal().details()).isEqualTo(revised);
        assertThat(change.deal().recordedAt()).isEqualTo(NOW);
        assertThat(change.deal().updatedAt()).isEqualTo(LATER);
        assertThat(change.historyEntry().kind()).isEqualTo(DealChangeKind.REVISED);
        assertThat(change.historyEntry().changes()).containsExactly(new FieldChange("value",
                Optional.of("USD 38000000000.00"), Optional.of("USD 40000000000.00")));
        assertThat(deal.version()).as("the original instance is untouched").isEqualTo(1);
    }

    @Test
    void aRevisionThatChangesNothingIsNoRevision() {
        Deal deal = DealFixtures.recordedAwsDeal();
        assertThat(deal.revise(awsDeal(), ANALYST, LATER)).isEmpty();
    }

    @Test
    void recordingAndRevisingRunTheWriteRules() {
        DealDetails negative = DealFixtures.withValue(awsDeal(), DealValue.exact(Money.usd("-5")));
        assertThatThrownBy(() -> Deal.record(DealFixtures.ID, negative, ANALYST, NOW))
                .hasMessage("value.amount: must not be negative");
        assertThatThrownBy(() -> DealFixtures.recordedAwsDeal().revise(negative, ANALYST, LATER))
                .hasMessage("value.amount: must not be negative");
    }

    @Test
    void aClosedDealCannotBeRevised() {
        Deal cancelled = DealFixtures.recordedAwsDeal().changeStatus(DealStatus.CANCELLED, ANALYST, NOW).deal();
        assertThatThrownBy(() -> cancelled.revise(awsDeal(), ANALYST, LATER))
                .isInstanceOf(DealClosedException.class)
                .hasMessageContaining("is CANCELLED and can no longer be revised");
    }

    @Test
    void aStatusChangeIsRecordedAsAFieldChange() {
        DealChange change = DealFixtures.recordedAwsDeal().changeStatus(DealStatus.ACTIVE, ANALYST, LATER);
        assertThat(change.historyEntry().kind()).isEqualTo(DealChangeKind.STATUS_CHANGED);
        assertThat(change.historyEntry().version()).isEqualTo(2);
        assertThat(change.historyEntry().changes()).containsExactly(
                new FieldChange("status", Optional.of("ANNOUNCED"), Optional.of("ACTIVE")));
    }

    @Test
    void annualizedValueOfTheAwsDealIsAboutFivePointFourBillion() {
        assertThat(DealFixtures.recordedAwsDeal().annualizedValue())
                .contains(DealValue.exact(Money.usd("5428571428.57")));
    }

    @Test
    void annualizedValueOfARangeHasTwoBounds() {
        DealDetails range = DealFixtures.withTerm(
                DealFixtures.withValue(awsDeal(), DealValue.range(Money.usd("17400000000"), Money.usd("19400000000"))),
                Term.of(LocalDate.of(2025, 11, 3), 60));
        assertThat(Deal.record(ID, range, ANALYST, NOW).deal().annualizedValue())
                .contains(DealValue.range(Money.usd("3480000000"), Money.usd("3880000000")));
    }

    @Test
    void annualizedValueIsAbsentWhenValueOrDurationIsUndisclosed() {
        DealDetails noValue = DealFixtures.withValue(awsDeal(), DealValue.undisclosed());
        DealDetails noTerm = DealFixtures.withTerm(awsDeal(), Term.undisclosed());
        assertThat(Deal.record(ID, noValue, ANALYST, NOW).deal().annualizedValue()).isEmpty();
        assertThat(Deal.record(ID, noTerm, ANALYST, NOW).deal().annualizedValue()).isEmpty();
    }

    @Test
    void rehydrationRestoresEveryField() {
        Deal deal = Deal.rehydrate(ID, awsDeal(), DealStatus.ACTIVE, 7, NOW, LATER);
        assertThat(deal.status()).isEqualTo(DealStatus.ACTIVE);
        assertThat(deal.version()).isEqualTo(7);
        assertThat(deal.updatedAt()).isEqualTo(LATER);
        assertThat(deal).isEqualTo(Deal.rehydrate(ID, awsDeal(), DealStatus.ACTIVE, 7, NOW, LATER));
        assertThat(deal).isNotEqualTo(Deal.rehydrate(ID, awsDeal(), DealStatus.ACTIVE, 8, NOW, LATER));
        assertThatThrownBy(() -> Deal.rehydrate(ID, awsDeal(), DealStatus.ACTIVE, 0, NOW, LATER))
                .hasMessage("version: must be at least 1");
    }
}

package com.computeledger.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Violations;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DealValueTest {

    @Test
    void exactValueIsBothBounds() {
        DealValue value = DealValue.exact(Money.usd("38000000000"));
        assertThat(value.lowerBound()).contains(Money.usd("38000000000"));
        assertThat(value.upperBound()).contains(Money.usd("38000000000"));
        assertThat(value.isDisclosed()).isTrue();
    }

    @Test
    void rangeKeepsItsTwoEnds() {
        DealValue value = DealValue.range(Money.usd("17400000000"), Money.usd("19400000000"));
        assertThat(value.lowerBound()).contains(Money.usd("17400000000"));
        assertThat(value.upperBound()).contains(Money.usd("19400000000"));
        assertThat(value).hasToString("USD 17400000000.00 to 19400000000.00");
    }

    @Test
    void rangeLowEndMustBeBelowHighEnd() {
        assertThatThrownBy(() -> check(DealValue.range(Money.usd("2"), Money.usd("2"))))
                .hasMessageStartingWith("value.high: must be greater than the low end");
        assertThatThrownBy(() -> check(DealValue.range(Money.usd("3"), Money.usd("2"))))
                .hasMessageStartingWith("value.high:");
    }

    @Test
    void aSingleDealIsWorthAtMostTenTimesWorldGdp() {
        Money tooMuch = Money.usd(DealValue.MAX_AMOUNT.add(BigDecimal.ONE));
        assertThatThrownBy(() -> check(DealValue.exact(tooMuch))).hasMessageStartingWith("value.amount: must be at most");
        assertThatThrownBy(() -> check(DealValue.range(Money.usd("1"), tooMuch))).hasMessage(
                "value.high: must be at most 1000000000000000 USD");
        check(DealValue.exact(Money.usd(DealValue.MAX_AMOUNT)));
    }

    @Test
    void amountsMustNotBeNegative() {
        assertThatThrownBy(() -> check(DealValue.exact(Money.usd("-1")))).hasMessage("value.amount: must not be negative");
        assertThatThrownBy(() -> check(DealValue.range(Money.usd("-5"), Money.usd("-1"))))
                .hasMessage("value.low: must not be negative; value.high: must not be negative");
        check(DealValue.exact(Money.ZERO));
        check(DealValue.undisclosed());
    }

    private static void check(DealValue value) {
        Violations violations = new Violations();
        value.checkRules(violations);
        violations.throwIfAny();
    }

    @Test
    void undisclosedHasNoBoundsAndIsNeverGuessed() {
        DealValue value = DealValue.undisclosed();
        assertThat(value.isDisclosed()).isFalse();
        assertThat(value.lowerBound()).isEmpty();
        assertThat(value.dividedBy(BigDecimal.TEN)).isSameAs(value);
    }

    @Test
    void dividingKeepsTheKind() {
        assertThat(DealValue.exact(Money.usd("10")).dividedBy(new BigDecimal("4")))
                .isEqualTo(DealValue.exact(Money.usd("2.50")));
        assertThat(DealValue.range(Money.usd("10"), Money.usd("20")).dividedBy(new BigDecimal("2")))
                .isEqualTo(DealValue.range(Money.usd("5"), Money.usd("10")));
    }

    @Test
    void aRangeThatCollapsesWhenDividedBecomesExact() {
        assertThat(DealValue.range(Money.usd("0.01"), Money.usd("0.02")).dividedBy(new BigDecimal("1000")))
                .isEqualTo(DealValue.exact(Money.usd("0")));
    }
}

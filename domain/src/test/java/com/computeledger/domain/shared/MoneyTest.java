package com.computeledger.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsAmountsExactToTheCent() {
        assertThat(Money.usd("38000000000").amount()).isEqualByComparingTo("38000000000.00");
        assertThat(Money.usd("0.1").plus(Money.usd("0.2"))).isEqualTo(Money.usd("0.30"));
        assertThat(Money.usd("1.50")).isEqualTo(Money.usd("1.5"));
    }

    @Test
    void refusesNegativeAmountsAClientStatesButReadsStoredOnes() {
        assertThatThrownBy(() -> Money.stated(new BigDecimal("-1"), "quotedCapex"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("quotedCapex: must not be negative");
        assertThat(Money.stated(BigDecimal.ZERO, "quotedCapex")).isEqualTo(Money.ZERO);
        assertThat(Money.usd("-1").isNegative()).isTrue();
    }

    @Test
    void refusesFractionsOfACentInsteadOfRoundingThem() {
        assertThatThrownBy(() -> Money.usd("1.005"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("more than 2 decimals");
    }

    @Test
    void takesWholeCentsAtAnyScale() {
        assertThat(Money.usd("1.500").amount()).isEqualTo(new BigDecimal("1.50"));
        assertThat(Money.usd(new BigDecimal("1E+3")).amount()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(Money.usd("7").amount()).isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void hasNoUpperBoundOfItsOwnSoThatMarketTotalsFit() {
        assertThat(Money.usd("50000000000000000").plus(Money.usd("1")).amount())
                .isEqualByComparingTo("50000000000000001");
    }

    @Test
    void refusesCurrenciesOtherThanUsdByName() {
        assertThatThrownBy(() -> Money.of(BigDecimal.TEN, "EUR"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("currency: must be USD; EUR is not supported");
        assertThatThrownBy(() -> new Money(BigDecimal.TEN, Currency.getInstance("JPY")))
                .hasMessageContaining("JPY is not supported");
    }

    @Test
    void refusesUnknownCurrencyCodes() {
        assertThatThrownBy(() -> Money.of(BigDecimal.TEN, "XYZW"))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("currency: 'XYZW' is not an ISO 4217 currency code");
    }

    @Test
    void dividesRoundingHalfEvenToTheCent() {
        assertThat(Money.usd("38000000000").dividedBy(new BigDecimal("7"))).isEqualTo(Money.usd("5428571428.57"));
        assertThat(Money.usd("0.05").dividedBy(new BigDecimal("2"))).isEqualTo(Money.usd("0.02"));
        assertThatThrownBy(() -> Money.usd("1").dividedBy(BigDecimal.ZERO)).hasMessageContaining("divisor");
    }

    @Test
    void multipliesByNonNegativeFactors() {
        assertThat(Money.usd("40000000000").times(new BigDecimal("30"))).isEqualTo(Money.usd("1200000000000"));
        assertThatThrownBy(() -> Money.usd("1").times(new BigDecimal("-1"))).hasMessageContaining("factor");
    }
}

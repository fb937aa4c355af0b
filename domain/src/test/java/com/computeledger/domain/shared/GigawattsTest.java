package com.computeledger.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GigawattsTest {

    @Test
    void keepsSixDecimalsAndAdds() {
        assertThat(Gigawatts.of("1.5").plus(Gigawatts.of("0.25"))).isEqualTo(Gigawatts.of("1.750000"));
        assertThat(Gigawatts.of("0.0000004").value()).isEqualByComparingTo("0");
        assertThat(Gigawatts.of("2").times(new BigDecimal("0.5"))).isEqualTo(Gigawatts.of("1"));
    }

    @Test
    void refusesNegativeAndImplausiblePowerAClientStates() {
        assertThatThrownBy(() -> Gigawatts.stated(new BigDecimal("-0.1"), "gigawatts"))
                .hasMessage("gigawatts: must not be negative");
        assertThatThrownBy(() -> Gigawatts.stated(new BigDecimal("100001"), "targetGigawatts"))
                .hasMessage("targetGigawatts: must be at most 100000");
        assertThat(Gigawatts.stated(Gigawatts.MAX, "gigawatts")).isEqualTo(new Gigawatts(Gigawatts.MAX));
        assertThat(Gigawatts.of("-0.1").value()).as("a stored figure reads as it is").isEqualByComparingTo("-0.1");
    }

    @Test
    void refusesMorePrecisionThanItKeepsRatherThanRoundingItAway() {
        assertThatThrownBy(() -> Gigawatts.stated(new BigDecimal("0.0000001"), "gigawattsPerWeek"))
                .hasMessage("gigawattsPerWeek: must have at most 6 decimals (a gigawatt is counted to the kilowatt)");
        assertThat(Gigawatts.stated(new BigDecimal("0.000001000"), "gigawatts").value()).isEqualByComparingTo("0.000001");
    }

    @Test
    void printsWithoutTrailingZeros() {
        assertThat(Gigawatts.of("1.500000")).hasToString("1.5 GW");
    }
}

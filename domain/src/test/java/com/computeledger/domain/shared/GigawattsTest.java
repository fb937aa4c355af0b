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
    void refusesNegativeAndImplausiblePower() {
        assertThatThrownBy(() -> Gigawatts.of("-0.1")).hasMessage("gigawatts: must not be negative");
        assertThatThrownBy(() -> Gigawatts.of("100001")).hasMessageContaining("at most 100000");
    }

    @Test
    void printsWithoutTrailingZeros() {
        assertThat(Gigawatts.of("1.500000")).hasToString("1.5 GW");
    }
}

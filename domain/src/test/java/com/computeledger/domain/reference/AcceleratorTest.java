package com.computeledger.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.Gigawatts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AcceleratorTest {

    private final Accelerator gb200 = new Accelerator(AcceleratorId.of("nvidia-gb200"), "Nvidia", "GB200",
            new BigDecimal("2.2"));

    @Test
    void turnsAChipCountIntoFacilityPower() {
        assertThat(gb200.powerFor(100_000)).isEqualTo(Gigawatts.of("0.22"));
        assertThat(gb200.powerFor(0)).isEqualTo(Gigawatts.ZERO);
    }

    @Test
    void refusesNonPositiveOrImplausiblePower() {
        assertThatThrownBy(() -> new Accelerator(AcceleratorId.of("x"), "v", "m", BigDecimal.ZERO))
                .hasMessage("allInKilowattsPerUnit: must be positive");
        assertThatThrownBy(() -> new Accelerator(AcceleratorId.of("x"), "v", "m", new BigDecimal("1000.5")))
                .hasMessageContaining("at most 1000 kW");
        assertThatThrownBy(() -> new Accelerator(AcceleratorId.of("x"), "v", "m", new BigDecimal("1.0005")))
                .hasMessageContaining("3 decimals");
    }

    @Test
    void refusesNegativeUnitCounts() {
        assertThatThrownBy(() -> gb200.powerFor(-1)).hasMessage("units: must not be negative");
    }

    @Test
    void unknownAcceleratorNamesTheId() {
        assertThat(new UnknownAcceleratorException(AcceleratorId.of("tpu-v9")))
                .hasMessageContaining("'tpu-v9' is not in the catalog");
    }
}

package com.computeledger.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AcceleratorTest {

    @Test
    void refusesNonPositiveOrImplausiblePower() {
        assertThatThrownBy(() -> new Accelerator(new AcceleratorId("x"), "v", "m", BigDecimal.ZERO))
                .hasMessage("allInKilowattsPerUnit: must be positive");
        assertThatThrownBy(() -> new Accelerator(new AcceleratorId("x"), "v", "m", new BigDecimal("1000.5")))
                .hasMessageContaining("at most 1000 kW");
        assertThatThrownBy(() -> new Accelerator(new AcceleratorId("x"), "v", "m", new BigDecimal("1.0005")))
                .hasMessageContaining("3 decimals");
    }

    @Test
    void unknownAcceleratorNamesTheId() {
        assertThat(new UnknownAcceleratorException(new AcceleratorId("tpu-v9")))
                .hasMessageContaining("'tpu-v9' is not in the catalog");
    }
}

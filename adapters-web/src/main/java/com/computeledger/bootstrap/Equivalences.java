package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The default factors of the power equivalences; requests may override them. */
public class Equivalences {

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty
    private BigDecimal homesPerGigawatt = new BigDecimal("830000");

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @JsonProperty
    private BigDecimal capexPerGigawatt = new BigDecimal("40000000000");

    public BigDecimal getHomesPerGigawatt() {
        return homesPerGigawatt;
    }

    public BigDecimal getCapexPerGigawatt() {
        return capexPerGigawatt;
    }
}

package com.computeledger.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The default factors of the power equivalences; requests may override them. */
public class Equivalences {

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal homesPerGigawatt = new BigDecimal("830000");

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal capexPerGigawatt = new BigDecimal("40000000000");

    @JsonProperty
    public BigDecimal getHomesPerGigawatt() {
        return homesPerGigawatt;
    }

    @JsonProperty
    public void setHomesPerGigawatt(BigDecimal homesPerGigawatt) {
        this.homesPerGigawatt = homesPerGigawatt;
    }

    @JsonProperty
    public BigDecimal getCapexPerGigawatt() {
        return capexPerGigawatt;
    }

    @JsonProperty
    public void setCapexPerGigawatt(BigDecimal capexPerGigawatt) {
        this.capexPerGigawatt = capexPerGigawatt;
    }
}

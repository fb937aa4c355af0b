package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;

/**
 * A catalog entry for one accelerator model, with the all-in facility power one unit draws
 * (chip, host, networking, cooling) so that a chip count can be turned into gigawatts.
 */
public record Accelerator(AcceleratorId id, String vendor, String model, BigDecimal allInKilowattsPerUnit) {

    public static final int MAX_TEXT_LENGTH = 200;

    /** No accelerator draws a megawatt on its own: above this the figure is a unit mistake. */
    public static final BigDecimal MAX_KILOWATTS_PER_UNIT = new BigDecimal("1000");

    public Accelerator {
        Require.present(id, "id");
        vendor = Require.text(vendor, "vendor", MAX_TEXT_LENGTH);
        model = Require.text(model, "model", MAX_TEXT_LENGTH);
        Require.present(allInKilowattsPerUnit, "allInKilowattsPerUnit");
        Require.that(allInKilowattsPerUnit.signum() > 0, "allInKilowattsPerUnit", "must be positive");
        Require.that(allInKilowattsPerUnit.compareTo(MAX_KILOWATTS_PER_UNIT) <= 0, "allInKilowattsPerUnit",
                "must be at most " + MAX_KILOWATTS_PER_UNIT.toPlainString() + " kW");
        Require.that(allInKilowattsPerUnit.stripTrailingZeros().scale() <= 3, "allInKilowattsPerUnit",
                "must not have more than 3 decimals");
        allInKilowattsPerUnit = allInKilowattsPerUnit.setScale(3);
    }
}

package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Power that comes online linearly from {@code start} (nothing) to {@code fullBy} (all of it), for one
 * group (a provider or a customer). {@code estimated} marks power derived from a chip count. A full-capacity
 * date before the start (stored before that rule existed) is read as all of the power coming online then.
 */
public record CapacityRamp(String group, LocalDate start, LocalDate fullBy, Gigawatts power, boolean estimated) {

    public CapacityRamp {
        Require.present(group, "group");
        Require.present(start, "start");
        Require.present(fullBy, "fullBy");
        Require.present(power, "power");
        if (fullBy.isBefore(start)) {
            start = fullBy;
        }
    }

    /** The power online at the end of {@code day}. */
    public Gigawatts onlineAt(LocalDate day) {
        if (day.isBefore(start)) {
            return Gigawatts.ZERO;
        }
        if (!day.isBefore(fullBy)) {
            return power;
        }
        BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day));
        BigDecimal length = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, fullBy));
        return power.times(elapsed.divide(length, MathContext.DECIMAL64));
    }
}

package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Require;
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
        return onlineAt(day, RampShares.UNREMEMBERED);
    }

    /** The same, taking the share of a ramp in progress from {@code shares} (which may remember it). */
    Gigawatts onlineAt(LocalDate day, RampShares shares) {
        if (day.isBefore(start)) {
            return Gigawatts.ZERO;
        }
        if (!day.isBefore(fullBy)) {
            return power;
        }
        return power.times(shares.of(ChronoUnit.DAYS.between(start, day), ChronoUnit.DAYS.between(start, fullBy)));
    }

    /**
     * What {@link #onlineAt} gives for a ramp in progress, in kilowatts (the unscaled value of its gigawatts), from
     * integers only; -1 when that cannot be shown to be the same, and the caller must use {@link #onlineAt}.
     * {@code onlineAt} rounds {@code kilowatts x share} half-even to the kilowatt, where the share is
     * {@code elapsed / length} rounded to 16 significant digits, so it is off by at most
     * {@code kilowatts x 0.5e-16}. The exact quotient {@code kilowatts x elapsed / length} has a fraction
     * {@code r / length}, which is either exactly one half or at least {@code 1 / (2 length)} away from it; when
     * {@code kilowatts x length < 10^16} the share's error is smaller than that distance, so both round to the same
     * kilowatt, and only an exact half is left to {@code onlineAt}.
     *
     * @param kilowatts the ramp's power in kilowatts, not negative
     * @param elapsed days since the start, more than 0 and less than {@code length}
     */
    static long rampingKilowatts(long kilowatts, long elapsed, long length) {
        if (kilowatts < 0 || kilowatts >= EXACT_LIMIT / length) {
            return -1;
        }
        long product = kilowatts * elapsed;
        long whole = product / length;
        long twiceRest = 2 * (product % length);
        if (twiceRest == length) {
            return -1;
        }
        return twiceRest > length ? whole + 1 : whole;
    }

    /** {@code kilowatts x length} below this: see {@link #rampingKilowatts}. */
    private static final long EXACT_LIMIT = 10_000_000_000_000_000L;
}

package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Violations;

/** How many accelerators a commitment covers, flagged approximate when the source says "hundreds of thousands". */
public record AcceleratorCount(long units, boolean approximate) {

    /** A hundred million units: more than the world's installed base. */
    public static final long MAX_UNITS = 100_000_000L;

    /** Records the write rules this count breaks, naming it {@code field}: 1 to {@link #MAX_UNITS} units. */
    void checkRules(String field, Violations violations) {
        violations.check(units >= 1, field, "must be at least 1");
        violations.check(units <= MAX_UNITS, field, "must be at most " + MAX_UNITS);
    }

    public static AcceleratorCount exactly(long units) {
        return new AcceleratorCount(units, false);
    }

    public static AcceleratorCount about(long units) {
        return new AcceleratorCount(units, true);
    }

    @Override
    public String toString() {
        return (approximate ? "~" : "") + units;
    }
}

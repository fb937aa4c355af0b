package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;

/** How many accelerators a commitment covers, flagged approximate when the source says "hundreds of thousands". */
public record AcceleratorCount(long units, boolean approximate) {

    /** A hundred million units: more than the world's installed base. */
    public static final long MAX_UNITS = 100_000_000L;

    public AcceleratorCount {
        Require.that(units >= 1, "units", "must be at least 1");
        Require.that(units <= MAX_UNITS, "units", "must be at most " + MAX_UNITS);
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

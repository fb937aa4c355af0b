package com.computeledger.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A non-negative amount of electrical power in gigawatts, kept to the kilowatt (six decimals). */
public record Gigawatts(BigDecimal value) implements Comparable<Gigawatts> {

    /** Decimals kept: one kilowatt is 0.000001 GW. */
    public static final int SCALE = 6;

    /** Above this (several times the world's generating capacity) a figure is a typing error. */
    public static final BigDecimal MAX = new BigDecimal("100000");

    public static final Gigawatts ZERO = new Gigawatts(BigDecimal.ZERO);

    public Gigawatts {
        Require.present(value, "gigawatts");
        Require.that(value.signum() >= 0, "gigawatts", "must not be negative");
        Require.that(value.compareTo(MAX) <= 0, "gigawatts", "must be at most " + MAX.toPlainString());
        value = value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    public static Gigawatts of(String value) {
        return new Gigawatts(new BigDecimal(value));
    }

    public Gigawatts plus(Gigawatts other) {
        return new Gigawatts(value.add(other.value));
    }

    public Gigawatts times(BigDecimal factor) {
        return new Gigawatts(value.multiply(factor));
    }

    @Override
    public int compareTo(Gigawatts other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " GW";
    }
}

package com.computeledger.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of electrical power in gigawatts, kept to the kilowatt (six decimals). What a client states
 * must lie between zero and {@link #MAX} ({@link #stated}); a stored figure is read as it is.
 */
public record Gigawatts(BigDecimal value) implements Comparable<Gigawatts> {

    /** Decimals kept: one kilowatt is 0.000001 GW. */
    public static final int SCALE = 6;

    /** Above this (several times the world's generating capacity) a figure is a typing error. */
    public static final BigDecimal MAX = new BigDecimal("100000");

    public static final Gigawatts ZERO = new Gigawatts(BigDecimal.ZERO);

    public Gigawatts {
        Require.present(value, "gigawatts");
        value = value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** Power as a client states it: refused, naming {@code field}, when negative or above {@link #MAX}. */
    public static Gigawatts stated(BigDecimal value, String field) {
        Require.present(value, field);
        Violations violations = new Violations();
        checkStated(value, field, violations);
        violations.throwIfAny();
        return new Gigawatts(value);
    }

    /** Records why {@code value} cannot be stated as power, if it cannot. */
    public static void checkStated(BigDecimal value, String field, Violations violations) {
        violations.check(value.signum() >= 0, field, "must not be negative");
        violations.check(value.compareTo(MAX) <= 0, field, "must be at most " + MAX.toPlainString());
        violations.check(value.stripTrailingZeros().scale() <= SCALE, field,
                "must have at most " + SCALE + " decimals (a gigawatt is counted to the kilowatt)");
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

package com.computeledger.domain.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The share of a linear ramp online after {@code elapsed} of its {@code length} days, to 16 significant digits.
 * A timeline asks the same few shares again and again (ramps of the same length at the same period end), so
 * {@link #remembering()} computes each pair of days once; the value is the same either way.
 */
class RampShares {

    /** Computes every share afresh. */
    static final RampShares UNREMEMBERED = new RampShares();

    BigDecimal of(long elapsed, long length) {
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(length), MathContext.DECIMAL64);
    }

    /** Shares computed once per pair of days, for one timeline (not thread-safe). */
    static RampShares remembering() {
        Map<Long, BigDecimal> known = new HashMap<>();
        return new RampShares() {
            @Override
            BigDecimal of(long elapsed, long length) {
                if (elapsed > Integer.MAX_VALUE || length > Integer.MAX_VALUE) {
                    return super.of(elapsed, length);
                }
                return known.computeIfAbsent(elapsed << 32 | length, key -> super.of(elapsed, length));
            }
        };
    }
}

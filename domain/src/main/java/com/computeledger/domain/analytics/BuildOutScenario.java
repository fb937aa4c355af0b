package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A build-out plan: reach {@code target} adding {@code perWeek} a week at the given equivalences. The
 * article's case: 30 GW at 1 GW a week and USD 40B per GW gives 30 weeks, USD 1.2T and 24.9 million homes.
 */
public record BuildOutScenario(Gigawatts target, Gigawatts perWeek, PowerEquivalences equivalences) {

    /** Average weeks in a Gregorian year: 365.2425 / 7. */
    public static final BigDecimal WEEKS_PER_YEAR = new BigDecimal("365.2425").divide(BigDecimal.valueOf(7),
            MathContext.DECIMAL64);

    public BuildOutScenario {
        Require.present(target, "targetGigawatts");
        Require.that(target.value().signum() > 0, "targetGigawatts", "must be positive");
        Require.present(perWeek, "gigawattsPerWeek");
        Require.that(perWeek.value().signum() > 0, "gigawattsPerWeek", "must be positive");
        Require.present(equivalences, "equivalences");
    }

    /** Weeks needed at the weekly pace, to two decimals. */
    public BigDecimal weeks() {
        return target.value().divide(perWeek.value(), 2, RoundingMode.HALF_EVEN);
    }

    /** Years needed, to two decimals. */
    public BigDecimal years() {
        return target.value().divide(perWeek.value(), MathContext.DECIMAL64)
                .divide(WEEKS_PER_YEAR, 2, RoundingMode.HALF_EVEN);
    }

    public Money capex() {
        return equivalences.capex(target);
    }

    public BigDecimal homesPowered() {
        return equivalences.homes(target);
    }

    /** The cost per GW that a quoted total capex implies for {@code target}: 1.4T over 30 GW is about 46.67B. */
    public static Money impliedCostPerGigawatt(Money capex, Gigawatts target) {
        Require.present(capex, "capex");
        Require.present(target, "targetGigawatts");
        Require.that(target.value().signum() > 0, "targetGigawatts", "must be positive");
        return capex.dividedBy(target.value());
    }
}

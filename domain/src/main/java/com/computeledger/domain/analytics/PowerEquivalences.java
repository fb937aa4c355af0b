package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a gigawatt stands for: US homes powered and build-out capex. Both factors are parameters (the
 * article's 830,000 homes and USD 40B per GW are only the defaults).
 */
public record PowerEquivalences(BigDecimal homesPerGigawatt, Money capexPerGigawatt) {

    /** The article's factors: 830,000 homes and USD 40B per GW. */
    public static final PowerEquivalences ARTICLE_DEFAULTS =
            new PowerEquivalences(new BigDecimal("830000"), Money.usd("40000000000"));

    public PowerEquivalences {
        Require.present(homesPerGigawatt, "homesPerGigawatt");
        Require.that(homesPerGigawatt.signum() > 0, "homesPerGigawatt", "must be positive");
        Require.that(homesPerGigawatt.compareTo(new BigDecimal("100000000")) <= 0, "homesPerGigawatt",
                "must be at most 100000000");
        Require.present(capexPerGigawatt, "capexPerGigawatt");
        Require.that(!capexPerGigawatt.isZero() && !capexPerGigawatt.isNegative(), "capexPerGigawatt",
                "must be positive");
    }

    /** US homes that {@code power} can supply, rounded to whole homes. */
    public BigDecimal homes(Gigawatts power) {
        return power.value().multiply(homesPerGigawatt).setScale(0, RoundingMode.HALF_EVEN);
    }

    /** What building {@code power} costs at this capex per GW. */
    public Money capex(Gigawatts power) {
        return capexPerGigawatt.times(power.value());
    }
}

package com.computeledger.domain.analytics;

import java.math.BigDecimal;

/**
 * The US merger guidelines' HHI thresholds. 2023: above 1,800 highly concentrated, 1,000 to 1,800
 * moderately, below 1,000 unconcentrated. 2010: above 2,500 highly, 1,500 to 2,500 moderately, below
 * 1,500 unconcentrated. A value on a threshold falls in the moderate band.
 */
public enum MergerGuidelines {
    US_2023(new BigDecimal("1000"), new BigDecimal("1800")),
    US_2010(new BigDecimal("1500"), new BigDecimal("2500"));

    private final BigDecimal moderateFrom;
    private final BigDecimal highAbove;

    MergerGuidelines(BigDecimal moderateFrom, BigDecimal highAbove) {
        this.moderateFrom = moderateFrom;
        this.highAbove = highAbove;
    }

    public ConcentrationVerdict verdict(BigDecimal hhi) {
        if (hhi.compareTo(highAbove) > 0) {
            return ConcentrationVerdict.HIGHLY_CONCENTRATED;
        }
        return hhi.compareTo(moderateFrom) >= 0
                ? ConcentrationVerdict.MODERATELY_CONCENTRATED : ConcentrationVerdict.UNCONCENTRATED;
    }

    /** The HHI from which a market counts as moderately concentrated. */
    public BigDecimal moderateFrom() {
        return moderateFrom;
    }

    /** The HHI above which a market counts as highly concentrated. */
    public BigDecimal highAbove() {
        return highAbove;
    }
}

package com.computeledger.domain.analytics;

import java.time.LocalDate;

/** The length of a timeline period: a calendar month or a calendar quarter. */
public enum TimelineGranularity {
    MONTH(1),
    QUARTER(3);

    private final int months;

    TimelineGranularity(int months) {
        this.months = months;
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / months * months + 1, 1);
    }

    /** The first day of the period after the one that holds {@code day}. */
    public LocalDate nextPeriodStart(LocalDate day) {
        return periodStart(day).plusMonths(months);
    }

    /** The last day of the period that holds {@code day}. */
    public LocalDate periodEnd(LocalDate day) {
        return nextPeriodStart(day).minusDays(1);
    }
}

package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a deal runs: a start date and a duration in months, either of which may be undisclosed
 * (Oracle: 60 months, start unknown; Azure: neither). The end is derived, never stored.
 */
public record Term(Optional<LocalDate> start, Optional<Integer> durationMonths) {

    /** A century: anything longer is a typing error. */
    public static final int MAX_MONTHS = 1200;

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    public Term {
        Require.present(start, "term.start");
        Require.present(durationMonths, "term.durationMonths");
        durationMonths.ifPresent(months -> {
            Require.that(months >= 1, "term.durationMonths", "must be at least 1 month");
            Require.that(months <= MAX_MONTHS, "term.durationMonths", "must be at most " + MAX_MONTHS + " months");
        });
    }

    public static Term of(LocalDate start, int durationMonths) {
        return new Term(Optional.of(start), Optional.of(durationMonths));
    }

    public static Term undisclosed() {
        return new Term(Optional.empty(), Optional.empty());
    }

    /** Start plus duration, when both are known. */
    public Optional<LocalDate> end() {
        return start.flatMap(begin -> durationMonths.map(begin::plusMonths));
    }

    /** The duration in years (months / 12, exact to ten decimals), when known. */
    public Optional<BigDecimal> durationYears() {
        return durationMonths.map(months -> BigDecimal.valueOf(months).divide(MONTHS_PER_YEAR, 10, RoundingMode.HALF_EVEN));
    }

    @Override
    public String toString() {
        return start.map(LocalDate::toString).orElse("start undisclosed") + ", "
                + durationMonths.map(months -> months + " months").orElse("duration undisclosed");
    }
}

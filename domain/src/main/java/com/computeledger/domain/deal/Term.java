package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a deal runs: a start date and a duration in months, either of which may be undisclosed
 * (Oracle: 60 months, start unknown; Azure: neither). The end is derived, never stored. What may be
 * written is checked by {@link #checkRules}; a term stored under older rules is read as it is.
 */
public record Term(Optional<LocalDate> start, Optional<Integer> durationMonths) {

    /** A century: anything longer is a typing error. */
    public static final int MAX_MONTHS = 1200;

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    public Term {
        Require.present(start, "term.start");
        Require.present(durationMonths, "term.durationMonths");
    }

    public static Term of(LocalDate start, int durationMonths) {
        return new Term(Optional.of(start), Optional.of(durationMonths));
    }

    public static Term undisclosed() {
        return new Term(Optional.empty(), Optional.empty());
    }

    /** Records the write rules this term breaks: a start within the ledger's calendar, 1 to 1,200 months. */
    public void checkRules(Violations violations) {
        start.ifPresent(date -> violations.date(date, "term.start"));
        durationMonths.ifPresent(months -> {
            violations.check(months >= 1, "term.durationMonths", "must be at least 1 month");
            violations.check(months <= MAX_MONTHS, "term.durationMonths", "must be at most " + MAX_MONTHS + " months");
        });
    }

    /** Start plus duration, when both are known and the end is a date Java can represent. */
    public Optional<LocalDate> end() {
        try {
            return start.flatMap(begin -> durationMonths.map(begin::plusMonths));
        } catch (DateTimeException beyondTheCalendar) {
            return Optional.empty();
        }
    }

    /** The duration in years (months / 12, exact to ten decimals), when known and at least one month. */
    public Optional<BigDecimal> durationYears() {
        return durationMonths.filter(months -> months >= 1)
                .map(months -> BigDecimal.valueOf(months).divide(MONTHS_PER_YEAR, 10, RoundingMode.HALF_EVEN));
    }

    @Override
    public String toString() {
        return start.map(LocalDate::toString).orElse("start undisclosed") + ", "
                + durationMonths.map(months -> months + " months").orElse("duration undisclosed");
    }
}

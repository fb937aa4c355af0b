package com.computeledger.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void derivesTheEndFromStartAndDuration() {
        Term aws = Term.of(LocalDate.of(2025, 11, 3), 84);
        assertThat(aws.end()).contains(LocalDate.of(2032, 11, 3));
        assertThat(aws.durationYears()).hasValueSatisfying(years -> assertThat(years).isEqualByComparingTo("7"));
    }

    @Test
    void mayLackStartDurationOrBoth() {
        Term oracle = new Term(Optional.empty(), Optional.of(60));
        assertThat(oracle.end()).isEmpty();
        assertThat(oracle.durationYears()).hasValueSatisfying(years -> assertThat(years).isEqualByComparingTo("5"));
        assertThat(Term.undisclosed().durationYears()).isEmpty();
        assertThat(new Term(Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty()).end()).isEmpty();
    }

    @Test
    void lastsAtLeastOneMonth() {
        assertThatThrownBy(() -> Term.of(LocalDate.of(2025, 1, 1), 0))
                .hasMessage("term.durationMonths: must be at least 1 month");
        assertThat(Term.of(LocalDate.of(2025, 1, 1), 1).end()).contains(LocalDate.of(2025, 2, 1));
    }

    @Test
    void lastsAtMostACentury() {
        assertThatThrownBy(() -> Term.of(LocalDate.of(2025, 1, 1), Term.MAX_MONTHS + 1))
                .hasMessageContaining("at most 1200 months");
    }
}

package com.computeledger.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.Violations;
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
        assertThatThrownBy(() -> check(Term.of(LocalDate.of(2025, 1, 1), 0)))
                .hasMessage("term.durationMonths: must be at least 1 month");
        check(Term.of(LocalDate.of(2025, 1, 1), 1));
        assertThat(Term.of(LocalDate.of(2025, 1, 1), 1).end()).contains(LocalDate.of(2025, 2, 1));
    }

    @Test
    void lastsAtMostACentury() {
        assertThatThrownBy(() -> check(Term.of(LocalDate.of(2025, 1, 1), Term.MAX_MONTHS + 1)))
                .hasMessageContaining("at most 1200 months");
    }

    @Test
    void aTermStoredUnderOlderRulesHasNoEndOrYearsWhereNoneExists() {
        assertThat(Term.of(LocalDate.of(999_999_999, 12, 1), 1200).end()).isEmpty();
        assertThat(Term.of(LocalDate.of(2025, 1, 1), 0).durationYears()).isEmpty();
        assertThat(Term.of(LocalDate.of(2025, 1, 1), -3).durationYears()).isEmpty();
    }

    private static void check(Term term) {
        Violations violations = new Violations();
        term.checkRules(violations);
        violations.throwIfAny();
    }
}

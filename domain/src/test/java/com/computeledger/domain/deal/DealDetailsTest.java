package com.computeledger.domain.deal;

import static com.computeledger.domain.deal.DealFixtures.awsDeal;
import static com.computeledger.domain.deal.DealFixtures.commitment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.shared.InvariantViolationException.FieldViolation;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Violations;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealDetailsTest {

    private static DealDetails withCommitments(List<ComputeCommitment> commitments) {
        DealDetails aws = awsDeal();
        return new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(), aws.value(),
                aws.valueConfidence(), commitments, aws.expansion(), aws.sources());
    }

    @Test
    void fullCapacityMayNotComeBeforeTheTermStarts() {
        assertThatThrownBy(withCommitments(List.of(commitment("nvidia-gb200", LocalDate.of(2025, 11, 2))))::checkWriteRules)
                .isInstanceOfSatisfying(InvariantViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("commitments[0].fullCapacityBy"))
                .hasMessageContaining("before the term starts on 2025-11-03");
        withCommitments(List.of(commitment("nvidia-gb200", LocalDate.of(2025, 11, 3)))).checkWriteRules();
    }

    @Test
    void fullCapacityIsUncheckedWhenTheStartIsUndisclosed() {
        DealDetails aws = awsDeal();
        DealDetails details = new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), Term.undisclosed(),
                aws.value(), aws.valueConfidence(), List.of(commitment("nvidia-gb200", LocalDate.of(2020, 1, 1))),
                aws.expansion(), aws.sources());
        details.checkWriteRules();
        assertThat(details.commitments()).hasSize(1);
    }

    @Test
    void eachAcceleratorIsCommittedOnce() {
        assertThatThrownBy(withCommitments(List.of(commitment("nvidia-gb200", LocalDate.of(2026, 1, 1)),
                commitment("nvidia-gb200", LocalDate.of(2026, 6, 1))))::checkWriteRules)
                .isInstanceOfSatisfying(InvariantViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("commitments[1].acceleratorId"));
    }

    @Test
    void boundsTheNumberOfCommitmentsAndSources() {
        List<ComputeCommitment> tooMany = java.util.stream.IntStream.rangeClosed(0, DealDetails.MAX_COMMITMENTS)
                .mapToObj(i -> commitment("chip-" + i, LocalDate.of(2026, 1, 1))).toList();
        assertThatThrownBy(withCommitments(tooMany)::checkWriteRules)
                .hasMessage("commitments: must hold at most 20 entries");

        DealDetails aws = awsDeal();
        List<Source> sources = Collections.nCopies(DealDetails.MAX_SOURCES + 1, aws.sources().get(0));
        assertThatThrownBy(new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(),
                aws.value(), aws.valueConfidence(), aws.commitments(), aws.expansion(), sources)::checkWriteRules)
                .hasMessage("sources: must hold at most 20 entries");
    }

    @Test
    void expansionMayNotEndBeforeTheAnnouncement() {
        DealDetails aws = awsDeal();
        assertThatThrownBy(new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(),
                aws.value(), aws.valueConfidence(), aws.commitments(),
                Optional.of(new ExpansionWindow(LocalDate.of(2025, 1, 1), "earlier")), aws.sources())::checkWriteRules)
                .hasMessageStartingWith("expansion.through:");
    }

    @Test
    void requiresEveryMandatoryPart() {
        DealDetails aws = awsDeal();
        assertThatThrownBy(() -> new DealDetails(null, aws.providerId(), aws.announcedOn(), aws.term(), aws.value(),
                aws.valueConfidence(), aws.commitments(), aws.expansion(), aws.sources()))
                .hasMessage("customer: is required");
        assertThatThrownBy(() -> new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(),
                null, aws.valueConfidence(), aws.commitments(), aws.expansion(), aws.sources()))
                .hasMessage("value: is required");
    }

    @Test
    void sourcesMustBeWebAddresses() {
        assertThatThrownBy(withSources(new Source("t", URI.create("ftp://example.com/x"), LocalDate.of(2025, 1, 1)),
                new Source("t", URI.create("/relative"), LocalDate.of(2025, 1, 1)))::checkWriteRules)
                .isInstanceOfSatisfying(InvariantViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::toString).containsExactly(
                                "sources[0].address: must be an absolute http or https address",
                                "sources[1].address: must be an absolute http or https address"));
    }

    @Test
    void countsAreAtLeastOneUnit() {
        assertThatThrownBy(withCommitments(List.of(new ComputeCommitment(new AcceleratorId("nvidia-gb200"),
                Optional.of(AcceleratorCount.exactly(0)), Optional.empty(), Optional.empty())))::checkWriteRules)
                .hasMessage("commitments[0].units: must be at least 1");
        assertThat(AcceleratorCount.about(200_000)).hasToString("~200000");
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        DealDetails aws = awsDeal();
        DealDetails broken = new DealDetails(Customer.of(" "), aws.providerId(), LocalDate.of(1500, 3, 1),
                new Term(Optional.of(LocalDate.of(2201, 1, 1)), Optional.of(0)),
                DealValue.range(Money.usd("-5"), Money.usd("1")), aws.valueConfidence(), aws.commitments(),
                aws.expansion(), aws.sources());
        assertThatThrownBy(broken::checkWriteRules)
                .isInstanceOfSatisfying(InvariantViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("customer", "announcedOn", "term.start",
                                "term.durationMonths", "value.low"));
    }

    @Test
    void everyDateLiesWithinTheLedgersCalendar() {
        DealDetails aws = awsDeal();
        DealDetails edges = new DealDetails(aws.customer(), aws.providerId(), LedgerCalendar.EARLIEST,
                Term.of(LedgerCalendar.LATEST, Term.MAX_MONTHS), aws.value(), aws.valueConfidence(), List.of(),
                Optional.of(new ExpansionWindow(LedgerCalendar.LATEST, "through the end")),
                List.of(new Source("t", URI.create("https://example.com"), LedgerCalendar.EARLIEST)));
        edges.checkWriteRules();
        assertThat(edges.term().end()).contains(LocalDate.of(2300, 12, 31));

        DealDetails outside = new DealDetails(aws.customer(), aws.providerId(), LocalDate.of(1899, 12, 31),
                aws.term(), aws.value(), aws.valueConfidence(),
                List.of(commitment("nvidia-gb200", LocalDate.of(2201, 1, 1))),
                Optional.of(new ExpansionWindow(LocalDate.MAX, "far")),
                List.of(new Source("t", URI.create("https://example.com"), LocalDate.MIN)));
        assertThatThrownBy(outside::checkWriteRules)
                .isInstanceOfSatisfying(InvariantViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::toString).containsExactly(
                                "announcedOn: must be between 1900-01-01 and 2200-12-31",
                                "commitments[0].fullCapacityBy: must be between 1900-01-01 and 2200-12-31",
                                "expansion.through: must be between 1900-01-01 and 2200-12-31",
                                "sources[0].publishedOn: must be between 1900-01-01 and 2200-12-31"));
    }

    @Test
    void textsMustBeReadableByEveryClient() {
        DealDetails aws = awsDeal();
        for (String unreadable : List.of("Open\uD800AI", "Open\uDC00", "\u202EIAnepO", "a\u2066b", "a\u202Ab")) {
            DealDetails details = new DealDetails(Customer.of(unreadable), aws.providerId(), aws.announcedOn(),
                    aws.term(), aws.value(), aws.valueConfidence(), aws.commitments(), aws.expansion(),
                    List.of(new Source(unreadable, URI.create("https://example.com"), aws.announcedOn())));
            assertThatThrownBy(details::checkWriteRules).as(unreadable)
                    .isInstanceOfSatisfying(InvariantViolationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("customer", "sources[0].title"));
        }
        Customer.of("\uD83D\uDE80 Ünïcödé 微软 مايكروسوفت").checkRules(new Violations());
    }

    @Test
    void detailsStoredUnderOlderRulesCanStillBeBuilt() {
        DealDetails aws = awsDeal();
        DealDetails stored = new DealDetails(Customer.of(" "), aws.providerId(), LocalDate.MIN,
                new Term(Optional.of(LocalDate.MAX), Optional.of(0)), DealValue.exact(Money.usd("-5")),
                aws.valueConfidence(), aws.commitments(), aws.expansion(), aws.sources());
        assertThat(stored.term().durationYears()).isEmpty();
        assertThat(stored.value().lowerBound()).contains(Money.usd("-5"));
    }

    private static DealDetails withSources(Source... sources) {
        DealDetails aws = awsDeal();
        return new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(), aws.value(),
                aws.valueConfidence(), aws.commitments(), aws.expansion(), List.of(sources));
    }

    @Test
    void listsTheAcceleratorsItNames() {
        assertThat(awsDeal().acceleratorIds()).containsExactly(new AcceleratorId("nvidia-gb200"));
    }

    @Test
    void customersMatchWhateverTheLetterCase() {
        assertThat(Customer.of("OpenAI").key()).isEqualTo(Customer.of("openai").key());
    }
}

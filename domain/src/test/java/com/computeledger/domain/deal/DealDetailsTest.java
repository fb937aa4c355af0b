package com.computeledger.domain.deal;

import static com.computeledger.domain.deal.DealFixtures.awsDeal;
import static com.computeledger.domain.deal.DealFixtures.commitment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.accelerator.AcceleratorId;
import com.computeledger.domain.shared.InvariantViolationException;
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
        assertThatThrownBy(() -> withCommitments(List.of(commitment("nvidia-gb200", LocalDate.of(2025, 11, 2)))))
                .isInstanceOfSatisfying(InvariantViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("commitments[0].fullCapacityBy"))
                .hasMessageContaining("before the term starts on 2025-11-03");
        assertThat(withCommitments(List.of(commitment("nvidia-gb200", LocalDate.of(2025, 11, 3)))).commitments())
                .hasSize(1);
    }

    @Test
    void fullCapacityIsUncheckedWhenTheStartIsUndisclosed() {
        DealDetails aws = awsDeal();
        DealDetails details = new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), Term.undisclosed(),
                aws.value(), aws.valueConfidence(), List.of(commitment("nvidia-gb200", LocalDate.of(2020, 1, 1))),
                aws.expansion(), aws.sources());
        assertThat(details.commitments()).hasSize(1);
    }

    @Test
    void eachAcceleratorIsCommittedOnce() {
        assertThatThrownBy(() -> withCommitments(List.of(commitment("nvidia-gb200", LocalDate.of(2026, 1, 1)),
                commitment("nvidia-gb200", LocalDate.of(2026, 6, 1)))))
                .isInstanceOfSatisfying(InvariantViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("commitments[1].acceleratorId"));
    }

    @Test
    void boundsTheNumberOfCommitmentsAndSources() {
        List<ComputeCommitment> tooMany = java.util.stream.IntStream.rangeClosed(0, DealDetails.MAX_COMMITMENTS)
                .mapToObj(i -> commitment("chip-" + i, LocalDate.of(2026, 1, 1))).toList();
        assertThatThrownBy(() -> withCommitments(tooMany)).hasMessage("commitments: must hold at most 20 entries");

        DealDetails aws = awsDeal();
        List<Source> sources = Collections.nCopies(DealDetails.MAX_SOURCES + 1, aws.sources().get(0));
        assertThatThrownBy(() -> new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(),
                aws.value(), aws.valueConfidence(), aws.commitments(), aws.expansion(), sources))
                .hasMessage("sources: must hold at most 20 entries");
    }

    @Test
    void expansionMayNotEndBeforeTheAnnouncement() {
        DealDetails aws = awsDeal();
        assertThatThrownBy(() -> new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(),
                aws.value(), aws.valueConfidence(), aws.commitments(),
                Optional.of(new ExpansionWindow(LocalDate.of(2025, 1, 1), "earlier")), aws.sources()))
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
        assertThatThrownBy(() -> new Source("t", URI.create("ftp://example.com/x"), LocalDate.of(2025, 1, 1)))
                .hasMessage("address: must be an absolute http or https address");
        assertThatThrownBy(() -> new Source("t", URI.create("/relative"), LocalDate.of(2025, 1, 1)))
                .hasMessageStartingWith("address:");
    }

    @Test
    void countsAreAtLeastOneUnit() {
        assertThatThrownBy(() -> AcceleratorCount.exactly(0)).hasMessage("units: must be at least 1");
        assertThat(AcceleratorCount.about(200_000)).hasToString("~200000");
    }

    @Test
    void listsTheAcceleratorsItNames() {
        assertThat(awsDeal().acceleratorIds()).containsExactly(AcceleratorId.of("nvidia-gb200"));
    }

    @Test
    void customersMatchWhateverTheLetterCase() {
        assertThat(Customer.of("OpenAI").key()).isEqualTo(Customer.of("openai").key());
    }
}

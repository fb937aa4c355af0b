package com.computeledger.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.reference.ProviderId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DealFilterTest {

    private final Deal aws = DealFixtures.recordedAwsDeal();

    @Test
    void matchesEveryDealWhenEmpty() {
        assertThat(DealFilter.ALL.matches(aws)).isTrue();
    }

    @Test
    void matchesProviderCustomerStatusAndInclusivePeriod() {
        assertThat(filter(Optional.of(new ProviderId("aws")), Optional.of(Customer.of("OPENAI")), Set.of(),
                Optional.of(LocalDate.of(2025, 11, 3)), Optional.of(LocalDate.of(2025, 11, 3))).matches(aws)).isTrue();
        assertThat(filter(Optional.of(new ProviderId("oracle")), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty()).matches(aws)).isFalse();
        assertThat(filter(Optional.empty(), Optional.of(Customer.of("Anthropic")), Set.of(), Optional.empty(),
                Optional.empty()).matches(aws)).isFalse();
        assertThat(filter(Optional.empty(), Optional.empty(), DealFilter.notCancelled(), Optional.empty(),
                Optional.empty()).matches(aws)).isTrue();
        assertThat(filter(Optional.empty(), Optional.empty(), Set.of(DealStatus.ACTIVE), Optional.empty(),
                Optional.empty()).matches(aws)).isFalse();
        assertThat(filter(Optional.empty(), Optional.empty(), Set.of(), Optional.of(LocalDate.of(2025, 11, 4)),
                Optional.empty()).matches(aws)).isFalse();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> filter(Optional.empty(), Optional.empty(), Set.of(),
                Optional.of(LocalDate.of(2026, 1, 2)), Optional.of(LocalDate.of(2026, 1, 1))))
                .hasMessageStartingWith("announcedFrom: must not be after announcedTo");
    }

    @Test
    void notCancelledLeavesOutCancelledOnly() {
        assertThat(DealFilter.notCancelled())
                .containsExactlyInAnyOrder(DealStatus.ANNOUNCED, DealStatus.ACTIVE, DealStatus.COMPLETED);
    }

    private static DealFilter filter(Optional<ProviderId> provider, Optional<Customer> customer, Set<DealStatus> statuses,
                                     Optional<LocalDate> from, Optional<LocalDate> to) {
        return new DealFilter(provider, customer, statuses, from, to);
    }
}

package com.computeledger.domain.deal;

import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builders of valid deal details for tests; each test changes only what it is about. */
public final class DealFixtures {

    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    public static final Actor ANALYST = new Actor("analyst");
    public static final DealId ID = new DealId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    private DealFixtures() {
    }

    /** The OpenAI-AWS deal of the source article. */
    public static DealDetails awsDeal() {
        return new DealDetails(Customer.of("OpenAI"), new ProviderId("aws"), LocalDate.of(2025, 11, 3),
                Term.of(LocalDate.of(2025, 11, 3), 84), DealValue.exact(Money.usd("38000000000")),
                ValueConfidence.CONFIRMED,
                List.of(commitment("nvidia-gb200", LocalDate.of(2026, 12, 31))),
                Optional.of(new ExpansionWindow(LocalDate.of(2027, 12, 31), "room to expand through 2027")),
                List.of(new Source("AWS and OpenAI partnership", URI.create("https://example.com/aws-openai"),
                        LocalDate.of(2025, 11, 3))));
    }

    public static ComputeCommitment commitment(String accelerator, LocalDate fullCapacityBy) {
        return new ComputeCommitment(new AcceleratorId(accelerator), Optional.of(AcceleratorCount.about(100_000)),
                Optional.empty(), Optional.of(fullCapacityBy));
    }

    public static Deal recordedAwsDeal() {
        return Deal.record(ID, awsDeal(), ANALYST, NOW).deal();
    }

    /** The AWS deal details with another value. */
    public static DealDetails withValue(DealDetails details, DealValue value) {
        return new DealDetails(details.customer(), details.providerId(), details.announcedOn(), details.term(), value,
                details.valueConfidence(), details.commitments(), details.expansion(), details.sources());
    }

    /** The AWS deal details with another term. */
    public static DealDetails withTerm(DealDetails details, Term term) {
        return new DealDetails(details.customer(), details.providerId(), details.announcedOn(), term, details.value(),
                details.valueConfidence(), details.commitments(), details.expansion(), details.sources());
    }
}

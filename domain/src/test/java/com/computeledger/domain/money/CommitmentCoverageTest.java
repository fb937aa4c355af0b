package com.computeledger.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** OpenAI's commitments against its revenue: 588B of deals and 22.4B with CoreWeave against 20B a year. */
class CommitmentCoverageTest {

    private static final OrganisationId OPENAI = new OrganisationId("openai");
    private static final Source SOURCE = new Source("Report", URI.create("https://example.com/report"),
            LocalDate.of(2025, 11, 6));

    @Test
    void openAiHasCommittedMoreThanThirtyYearsOfRevenue() {
        CommitmentCoverage coverage = CommitmentCoverage.of("OpenAI", openAiDeals(),
                List.of(flow(MoneyFlowKind.COMPUTE_PURCHASE, "22400000000"), flow(MoneyFlowKind.EQUITY_INVESTMENT, "5")),
                Optional.of(new RevenueRunRate(OPENAI, Money.usd("20000000000"), LocalDate.of(2025, 11, 6),
                        ValueConfidence.CONFIRMED, SOURCE)));

        assertThat(coverage.commitments()).isEqualTo(new FlowTotal(Money.usd("610400000000"),
                Money.usd("610400000000"), 5, 1));
        assertThat(coverage.yearsOfRevenueLow()).contains(new BigDecimal("30.52"));
        assertThat(coverage.yearsOfRevenueHigh()).contains(new BigDecimal("30.52"));
        assertThat(coverage.annualizedCommitments()).isEqualTo(2);
        assertThat(coverage.annualizedLow()).isEqualTo(Money.usd("65428571428.57"));
        assertThat(coverage.annualizedPerRevenueLow()).contains(new BigDecimal("3.27"));
    }

    @Test
    void withoutARunRateTheCommitmentsStandAlone() {
        CommitmentCoverage coverage = CommitmentCoverage.of("OpenAI", openAiDeals(), List.of(), Optional.empty());

        assertThat(coverage.commitments().low()).isEqualTo(Money.usd("588000000000"));
        assertThat(coverage.yearsOfRevenueLow()).isEmpty();
        assertThat(coverage.annualizedPerRevenueHigh()).isEmpty();
    }

    /** The four deals as the exposure sums them: AWS 38B over 7 years, Azure 250B, Oracle 300B over 5, Google undisclosed. */
    private static CustomerExposure openAiDeals() {
        return CustomerExposure.of(Customer.of("OpenAI"), List.of(
                commitments("aws", "38000000000", "5428571428.57"),
                commitments("microsoft-azure", "250000000000", null),
                commitments("oracle", "300000000000", "60000000000"),
                new ProviderCommitments(new ProviderId("google-cloud"), 1, 1, Money.ZERO, Money.ZERO, 0, Money.ZERO,
                        Money.ZERO)));
    }

    private static ProviderCommitments commitments(String provider, String total, String annualized) {
        Money perYear = annualized == null ? Money.ZERO : Money.usd(annualized);
        return new ProviderCommitments(new ProviderId(provider), 1, 0, Money.usd(total), Money.usd(total),
                annualized == null ? 0 : 1, perYear, perYear);
    }

    private static MoneyFlow flow(MoneyFlowKind kind, String amount) {
        return MoneyFlow.record(new MoneyFlowId(UUID.randomUUID()), new MoneyFlowDetails(kind, OPENAI,
                        new OrganisationId("coreweave"), LocalDate.of(2025, 9, 25), Term.undisclosed(),
                        DealValue.exact(Money.usd(amount)), ValueConfidence.REPORTED, List.of(SOURCE)),
                Actor.ANONYMOUS, Instant.EPOCH).flow();
    }
}

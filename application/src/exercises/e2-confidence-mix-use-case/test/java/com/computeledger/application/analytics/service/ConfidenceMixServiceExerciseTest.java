package com.computeledger.application.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.application.analytics.port.in.ConfidenceMixUseCases;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.fake.InMemoryDealRepository;
import com.computeledger.application.fake.InMemoryUnitOfWork;
import com.computeledger.domain.analytics.ConfidenceMix;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exercise 2 (docs/exercises.md): the acceptance tests of {@code ConfidenceMixService}, on the in-memory out-ports. */
class ConfidenceMixServiceExerciseTest {

    private final InMemoryDealRepository deals = new InMemoryDealRepository();
    private ConfidenceMixUseCases service;

    @BeforeEach
    void recordTheArticlesDeals() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (ArticleDemoData.DemoDeal demo : ArticleDemoData.deals()) {
            deals.add(Deal.record(demo.id(), demo.details(), new Actor("test"), at));
            at = at.plusSeconds(1);
        }
        service = new ConfidenceMixService(deals, new InMemoryUnitOfWork());
    }

    @Test
    void theWholeMarketsMixComesFromEveryStoredDeal() {
        ConfidenceMix mix = service.confidenceMix(DealFilter.ALL);

        assertThat(mix.disclosed()).containsEntry(ValueConfidence.CONFIRMED, Money.usd("288000000000"))
                .containsEntry(ValueConfidence.REPORTED, Money.usd("300000000000"));
        assertThat(mix.undisclosedDeals()).isEqualTo(1);
    }

    @Test
    void theFilterChoosesTheDeals() {
        DealFilter oracle = new DealFilter(Optional.of(new ProviderId("oracle")), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty());

        ConfidenceMix mix = service.confidenceMix(oracle);

        assertThat(mix.total()).isEqualTo(Money.usd("300000000000"));
        assertThat(mix.sharePercent(ValueConfidence.REPORTED)).isEqualByComparingTo("100");
        assertThat(mix.undisclosedDeals()).isZero();
    }
}

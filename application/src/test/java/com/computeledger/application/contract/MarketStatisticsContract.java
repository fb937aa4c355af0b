package com.computeledger.application.contract;

import static com.computeledger.application.contract.ContractData.ANALYST;
import static com.computeledger.application.contract.ContractData.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MarketStatistics} over the article's deals plus a range-valued deal and a
 * cancelled one: every implementation must sum exactly the same.
 */
public abstract class MarketStatisticsContract {

    private static final DealFilter NOT_CANCELLED = new DealFilter(Optional.empty(), Optional.empty(),
            DealFilter.notCancelled(), Optional.empty(), Optional.empty());

    private MarketStatistics statistics;
    private OutPorts ports;

    protected abstract OutPorts freshPorts();

    @BeforeEach
    void setUpStore() {
        ports = freshPorts();
        statistics = ports.statistics();
        ContractData.referenceData(ports);
        Deal cancelled = deal(7, ContractData.exactDetails("OpenAI", "aws", LocalDate.of(2025, 1, 1), "1000", 12))
                .changeStatus(DealStatus.CANCELLED, ANALYST, ContractData.RECORDED).deal();
        ports.unitOfWork().inTransaction(() -> {
            ArticleDemoData.deals().forEach(demo ->
                    ports.deals().add(Deal.record(demo.id(), demo.details(), ANALYST, ContractData.RECORDED)));
            ports.deals().add(ContractData.asAdded(deal(5, ContractData.richDetails())));
            ports.deals().add(ContractData.asAdded(cancelled));
            return null;
        });
    }

    @Test
    void sumsValueByProviderAtBothEndsAndCountsUndisclosedDeals() {
        assertThat(statistics.valueByProvider(NOT_CANCELLED)).containsExactly(
                new ProviderValueTotals(new ProviderId("aws"), 1, 0, Money.usd("38000000000"), Money.usd("38000000000")),
                new ProviderValueTotals(new ProviderId("google-cloud"), 1, 1, Money.ZERO, Money.ZERO),
                new ProviderValueTotals(new ProviderId("microsoft-azure"), 1, 0, Money.usd("250000000000"),
                        Money.usd("250000000000")),
                new ProviderValueTotals(new ProviderId("oracle"), 2, 0, Money.usd("317400000000.50"),
                        Money.usd("319400000000")));
    }

    @Test
    void revisionsAndStatusChangesMoveADealsContribution() {
        Deal aws = ports.deals().findById(ArticleDemoData.OPENAI_AWS).orElseThrow();
        DealChange movedToOracle = aws.revise(ContractData.exactDetails("OpenAI", "oracle", LocalDate.of(2025, 11, 3),
                "40000000000", 84), ANALYST, ContractData.RECORDED.plusSeconds(60)).orElseThrow();
        Deal azure = ports.deals().findById(ArticleDemoData.OPENAI_AZURE).orElseThrow();
        DealChange azureCancelled = azure.changeStatus(DealStatus.CANCELLED, ANALYST, ContractData.RECORDED);
        ports.unitOfWork().inTransaction(() -> {
            ports.deals().save(movedToOracle);
            ports.deals().save(azureCancelled);
            return null;
        });

        assertThat(statistics.valueByProvider(NOT_CANCELLED)).containsExactly(
                new ProviderValueTotals(new ProviderId("google-cloud"), 1, 1, Money.ZERO, Money.ZERO),
                new ProviderValueTotals(new ProviderId("oracle"), 3, 0, Money.usd("357400000000.50"),
                        Money.usd("359400000000")));
        assertThat(statistics.powerByProvider(NOT_CANCELLED)).containsExactly(
                new ProviderPowerTotals(new ProviderId("oracle"), 3, 0, Gigawatts.of("1.234567"),
                        Gigawatts.of("0.795")));
        assertThat(statistics.valueByProvider(new DealFilter(Optional.empty(), Optional.empty(),
                Set.of(DealStatus.CANCELLED), Optional.empty(), Optional.empty())))
                .extracting(ProviderValueTotals::providerId).extracting(ProviderId::value)
                .containsExactly("aws", "microsoft-azure");
    }

    @Test
    void theFilterDecidesWhichDealsCount() {
        assertThat(statistics.valueByProvider(DealFilter.ALL))
                .filteredOn(totals -> totals.providerId().value().equals("aws"))
                .singleElement().extracting(ProviderValueTotals::deals).isEqualTo(2L);
        DealFilter openAiOnly = new DealFilter(Optional.empty(), Optional.of(Customer.of("openai")),
                DealFilter.notCancelled(), Optional.empty(), Optional.empty());
        assertThat(statistics.valueByProvider(openAiOnly)).extracting(ProviderValueTotals::providerId)
                .extracting(ProviderId::value).containsExactly("aws", "google-cloud", "microsoft-azure", "oracle");
    }

    @Test
    void sumsStatedAndEstimatedPowerByProvider() {
        assertThat(statistics.powerByProvider(NOT_CANCELLED)).containsExactly(
                // 100,000 GB200 at 2.2 kW + 100,000 GB300 at 2.3 kW
                new ProviderPowerTotals(new ProviderId("aws"), 2, 0, Gigawatts.ZERO, Gigawatts.of("0.45")),
                // 250,000 GB300 at 2.3 kW estimated, 1.234567 GW stated
                new ProviderPowerTotals(new ProviderId("oracle"), 2, 0, Gigawatts.of("1.234567"),
                        Gigawatts.of("0.575")));
    }

    @Test
    void sumsOneCustomersCommitmentsWithAnnualizedTotals() {
        DealFilter openAi = new DealFilter(Optional.empty(), Optional.of(Customer.of("OpenAI")),
                DealFilter.notCancelled(), Optional.empty(), Optional.empty());

        List<ProviderCommitments> byProvider = statistics.commitmentsByProvider(openAi);

        assertThat(byProvider.stream().map(ProviderCommitments::lowTotal).reduce(Money.ZERO, Money::plus))
                .isEqualTo(Money.usd("588000000000"));
        assertThat(byProvider).filteredOn(c -> c.providerId().value().equals("aws")).singleElement()
                .satisfies(aws -> {
                    assertThat(aws.annualizedDeals()).isEqualTo(1);
                    assertThat(aws.annualizedLowTotal()).isEqualTo(Money.usd("5428571428.57"));
                });
        assertThat(byProvider).filteredOn(c -> c.providerId().value().equals("oracle")).singleElement()
                .extracting(ProviderCommitments::annualizedHighTotal).isEqualTo(Money.usd("60000000000"));
        assertThat(byProvider).filteredOn(c -> c.providerId().value().equals("microsoft-azure")).singleElement()
                .extracting(ProviderCommitments::annualizedDeals).isEqualTo(0L);
        assertThat(byProvider).extracting(ProviderCommitments::undisclosedDeals).containsExactly(0L, 1L, 0L, 0L);
    }

    @Test
    void listsRampsOfCommitmentsWithStartDateAndPower() {
        List<CapacityRamp> ramps = statistics.capacityRamps(NOT_CANCELLED, TimelineGrouping.PROVIDER);

        assertThat(ramps).containsExactlyInAnyOrder(
                new CapacityRamp("aws", LocalDate.of(2025, 11, 3), LocalDate.of(2026, 12, 31), Gigawatts.of("0.45"),
                        true),
                new CapacityRamp("oracle", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30),
                        Gigawatts.of("0.575"), true));
        assertThat(statistics.commitmentsWithoutRamp(NOT_CANCELLED))
                .as("the stated-GW commitment has no full-capacity date").isEqualTo(1);
        assertThat(statistics.capacityRamps(NOT_CANCELLED, TimelineGrouping.CUSTOMER))
                .extracting(CapacityRamp::group).containsOnly("OpenAI", "مايكروسوفت 微软");
    }

    @Test
    void groupsACustomerSpelledTwoWaysUnderOneLabel() {
        DealDetails dated = ContractData.datedDetails(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 4, 1));
        ports.unitOfWork().inTransaction(() -> {
            ports.deals().add(ContractData.asAdded(deal(8, new DealDetails(Customer.of("OPENAI"),
                    dated.providerId(), dated.announcedOn(), dated.term(), dated.value(), dated.valueConfidence(),
                    dated.commitments(), dated.expansion(), dated.sources()))));
            return null;
        });

        List<CapacityRamp> ramps = statistics.capacityRamps(NOT_CANCELLED, TimelineGrouping.CUSTOMER);

        assertThat(ramps).as("the least spelling, in String order, names every ramp of the customer")
                .extracting(CapacityRamp::group).containsOnly("OPENAI", "مايكروسوفت 微软");
        assertThat(ramps).filteredOn(ramp -> ramp.start().equals(LocalDate.of(2025, 4, 1))).singleElement()
                .extracting(CapacityRamp::power).isEqualTo(Gigawatts.of("1"));
        assertThat(statistics.capacityRamps(new DealFilter(Optional.empty(), Optional.of(Customer.of("openai")),
                DealFilter.notCancelled(), Optional.empty(), Optional.empty()), TimelineGrouping.CUSTOMER))
                .extracting(CapacityRamp::group).containsOnly("OPENAI");
    }
}

package com.computeledger.application.fake;

import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.ComputeCommitment;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The statistics out-port computed over the in-memory deals, with the same rounding as the SQL adapter. */
public final class InMemoryMarketStatistics implements MarketStatistics {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal KILOWATTS_PER_GIGAWATT = BigDecimal.valueOf(1_000_000);

    private final InMemoryDealRepository deals;
    private final InMemoryAcceleratorRepository accelerators;

    public InMemoryMarketStatistics(InMemoryDealRepository deals, InMemoryAcceleratorRepository accelerators) {
        this.deals = deals;
        this.accelerators = accelerators;
    }

    @Override
    public List<ProviderValueTotals> valueByProvider(DealFilter filter) {
        return byProvider(filter).entrySet().stream().map(entry -> new ProviderValueTotals(entry.getKey(),
                entry.getValue().size(), undisclosed(entry.getValue()), total(entry.getValue(), true),
                total(entry.getValue(), false))).toList();
    }

    @Override
    public List<ProviderPowerTotals> powerByProvider(DealFilter filter) {
        List<ProviderPowerTotals> totals = new ArrayList<>();
        byProvider(filter).forEach((provider, providerDeals) -> {
            List<ComputeCommitment> commitments = providerDeals.stream()
                    .flatMap(deal -> deal.details().commitments().stream()).toList();
            if (!commitments.isEmpty()) {
                totals.add(new ProviderPowerTotals(provider, commitments.size(),
                        commitments.stream().filter(c -> c.power().isEmpty() && c.count().isEmpty()).count(),
                        commitments.stream().map(c -> c.power().orElse(Gigawatts.ZERO))
                                .reduce(Gigawatts.ZERO, Gigawatts::plus),
                        commitments.stream().filter(c -> c.power().isEmpty()).map(this::estimated)
                                .reduce(Gigawatts.ZERO, Gigawatts::plus)));
            }
        });
        return totals;
    }

    @Override
    public List<ProviderCommitments> commitmentsByProvider(DealFilter filter) {
        return byProvider(filter).entrySet().stream().map(entry -> {
            List<Deal> annualizable = entry.getValue().stream()
                    .filter(deal -> deal.details().value().isDisclosed())
                    .filter(deal -> deal.details().term().durationMonths().isPresent()).toList();
            return new ProviderCommitments(entry.getKey(), entry.getValue().size(), undisclosed(entry.getValue()),
                    total(entry.getValue(), true), total(entry.getValue(), false), annualizable.size(),
                    annualized(annualizable, true), annualized(annualizable, false));
        }).toList();
    }

    /** Sums per group, start, full-capacity date and estimated flag, as the SQL adapter's GROUP BY does. */
    @Override
    public List<CapacityRamp> capacityRamps(DealFilter filter, TimelineGrouping grouping) {
        Map<List<Object>, Gigawatts> sums = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Deal deal : deals.matching(filter)) {
            String group = grouping == TimelineGrouping.PROVIDER ? deal.details().providerId().value()
                    : deal.details().customer().key();
            for (ComputeCommitment commitment : deal.details().commitments()) {
                if (hasRamp(deal, commitment)) {
                    // one label per customer: the least of its deals' spellings
                    labels.merge(group, grouping == TimelineGrouping.PROVIDER ? group : deal.details().customer().name(),
                            (kept, offered) -> kept.compareTo(offered) <= 0 ? kept : offered);
                    boolean estimated = commitment.power().isEmpty();
                    sums.merge(List.of(group, deal.details().term().start().orElseThrow(),
                                    commitment.fullCapacityBy().orElseThrow(), estimated),
                            estimated ? estimated(commitment) : commitment.power().orElseThrow(), Gigawatts::plus);
                }
            }
        }
        return sums.entrySet().stream().map(sum -> new CapacityRamp(labels.get((String) sum.getKey().get(0)),
                (LocalDate) sum.getKey().get(1), (LocalDate) sum.getKey().get(2), sum.getValue(),
                (Boolean) sum.getKey().get(3))).toList();
    }

    @Override
    public long commitmentsWithoutRamp(DealFilter filter) {
        return deals.matching(filter).stream()
                .mapToLong(deal -> deal.details().commitments().stream().filter(c -> !hasRamp(deal, c)).count())
                .sum();
    }

    private Map<ProviderId, List<Deal>> byProvider(DealFilter filter) {
        return deals.matching(filter).stream().collect(Collectors.groupingBy(deal -> deal.details().providerId(),
                () -> new TreeMap<>(Comparator.comparing(ProviderId::value)), Collectors.toList()));
    }

    private Gigawatts estimated(ComputeCommitment commitment) {
        return commitment.count()
                .flatMap(count -> accelerators.findById(commitment.acceleratorId())
                        .map(accelerator -> new Gigawatts(accelerator.allInKilowattsPerUnit()
                                .multiply(BigDecimal.valueOf(count.units())).divide(KILOWATTS_PER_GIGAWATT))))
                .orElse(Gigawatts.ZERO);
    }

    private static boolean hasRamp(Deal deal, ComputeCommitment commitment) {
        return deal.details().term().start().isPresent() && commitment.fullCapacityBy().isPresent()
                && (commitment.power().isPresent() || commitment.count().isPresent());
    }

    private static long undisclosed(List<Deal> deals) {
        return deals.stream().filter(deal -> !deal.details().value().isDisclosed()).count();
    }

    private static Money total(List<Deal> deals, boolean lowEnd) {
        return deals.stream().map(deal -> bound(deal, lowEnd)).flatMap(Optional::stream)
                .reduce(Money.ZERO, Money::plus);
    }

    private static Money annualized(List<Deal> deals, boolean lowEnd) {
        BigDecimal sum = deals.stream().map(deal -> bound(deal, lowEnd).orElseThrow().amount()
                        .multiply(MONTHS_PER_YEAR)
                        .divide(BigDecimal.valueOf(deal.details().term().durationMonths().orElseThrow()),
                                MathContext.DECIMAL128))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.usd(sum.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static Optional<Money> bound(Deal deal, boolean lowEnd) {
        return lowEnd ? deal.details().value().lowerBound() : deal.details().value().upperBound();
    }
}

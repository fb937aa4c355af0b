package com.computeledger.domain.analytics;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One customer's exposure to its compute providers: disclosed commitments in total and by provider (both
 * ends of any range), their annualized totals, the largest provider's share, and the deals whose value
 * was not disclosed (counted, never guessed). OpenAI in the article: 38 + 250 + 300 = 588B, one undisclosed.
 */
public record CustomerExposure(
        Customer customer,
        List<ProviderCommitments> byProvider,
        long deals,
        long undisclosedDeals,
        Money lowTotal,
        Money highTotal,
        long annualizedDeals,
        Money annualizedLowTotal,
        Money annualizedHighTotal,
        Optional<LargestProvider> largestProvider) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CustomerExposure {
        byProvider = List.copyOf(byProvider);
    }

    /** Sums the per-provider totals; providers are listed by their high-end total, largest first. */
    public static CustomerExposure of(Customer customer, List<ProviderCommitments> byProvider) {
        List<ProviderCommitments> sorted = byProvider.stream()
                .sorted(Comparator.comparing(ProviderCommitments::highTotal).reversed()
                        .thenComparing(commitments -> commitments.providerId().value()))
                .toList();
        Money low = sum(sorted, ProviderCommitments::lowTotal);
        Money high = sum(sorted, ProviderCommitments::highTotal);
        Optional<LargestProvider> largest = sorted.stream().findFirst()
                .filter(top -> !high.isZero())
                .map(top -> new LargestProvider(top.providerId(), percentOf(top.lowTotal(), low),
                        percentOf(top.highTotal(), high)));
        return new CustomerExposure(customer, sorted,
                sorted.stream().mapToLong(ProviderCommitments::deals).sum(),
                sorted.stream().mapToLong(ProviderCommitments::undisclosedDeals).sum(),
                low, high,
                sorted.stream().mapToLong(ProviderCommitments::annualizedDeals).sum(),
                sum(sorted, ProviderCommitments::annualizedLowTotal),
                sum(sorted, ProviderCommitments::annualizedHighTotal),
                largest);
    }

    private static Money sum(List<ProviderCommitments> rows, Function<ProviderCommitments, Money> amount) {
        return rows.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }

    private static BigDecimal percentOf(Money part, Money whole) {
        if (whole.isZero()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.amount().multiply(HUNDRED).divide(whole.amount(), MathContext.DECIMAL128)
                .setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The provider with the largest commitment and its share (percent) of the low-end and high-end totals. */
    public record LargestProvider(ProviderId providerId, BigDecimal shareOfLowTotal, BigDecimal shareOfHighTotal) {
    }
}

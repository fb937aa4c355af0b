package com.computeledger.domain.analytics;

import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The concentration of a market among its providers: shares, HHI = sum of (share in %)^2, CR4 = the four
 * largest shares added, and the verdict of the chosen merger guidelines. Shares, HHI and CR4 are computed
 * from exact shares and rounded to two decimals only at the end.
 */
public record Concentration(
        List<ProviderShare> shares, BigDecimal total, BigDecimal hhi, BigDecimal cr4, MergerGuidelines guidelines,
        ConcentrationVerdict verdict) {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int DISPLAY_SCALE = 2;

    public Concentration {
        shares = List.copyOf(shares);
    }

    /**
     * Measures the market formed by {@code weights}; empty when nothing is weighed (no provider, or all
     * weights zero), since a share of nothing is undefined. Providers of weight zero are left out.
     */
    public static Optional<Concentration> of(List<ProviderWeight> weights, MergerGuidelines guidelines) {
        Require.present(weights, "weights");
        Require.present(guidelines, "guidelines");
        List<ProviderWeight> present = weights.stream()
                .filter(weight -> weight.weight().signum() > 0)
                .sorted(Comparator.comparing(ProviderWeight::weight).reversed()
                        .thenComparing(weight -> weight.providerId().value()))
                .toList();
        BigDecimal total = present.stream().map(ProviderWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return Optional.empty();
        }
        List<BigDecimal> exactShares = present.stream()
                .map(weight -> weight.weight().multiply(HUNDRED).divide(total, EXACT))
                .toList();
        BigDecimal hhi = exactShares.stream().map(share -> share.multiply(share, EXACT))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cr4 = exactShares.stream().limit(4).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ProviderShare> shares = IntStream.range(0, present.size())
                .mapToObj(i -> new ProviderShare(present.get(i).providerId(), present.get(i).weight(),
                        display(exactShares.get(i))))
                .toList();
        return Optional.of(new Concentration(shares, total, display(hhi), display(cr4), guidelines,
                guidelines.verdict(hhi)));
    }

    private static BigDecimal display(BigDecimal value) {
        return value.setScale(DISPLAY_SCALE, RoundingMode.HALF_EVEN);
    }
}

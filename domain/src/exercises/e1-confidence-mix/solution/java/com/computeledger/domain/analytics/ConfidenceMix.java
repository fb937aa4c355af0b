package com.computeledger.domain.analytics;

import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exercise 1, reference solution: how much of the disclosed money in a set of deals each level of confidence
 * stands behind. An exact value counts at its amount, a range at its low end (the least the deal promises); an
 * undisclosed value adds no money and is counted apart, never guessed.
 */
public record ConfidenceMix(Map<ValueConfidence, Money> disclosed, int undisclosedDeals) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ConfidenceMix {
        disclosed = Map.copyOf(disclosed);
    }

    /** The mix of {@code deals}: disclosed money per confidence (every confidence present, zero when none). */
    public static ConfidenceMix of(List<DealDetails> deals) {
        Map<ValueConfidence, Money> disclosed = new EnumMap<>(ValueConfidence.class);
        for (ValueConfidence confidence : ValueConfidence.values()) {
            disclosed.put(confidence, Money.ZERO);
        }
        int undisclosed = 0;
        for (DealDetails deal : deals) {
            Optional<Money> least = deal.value().lowerBound();
            if (least.isPresent()) {
                disclosed.merge(deal.valueConfidence(), least.get(), Money::plus);
            } else {
                undisclosed++;
            }
        }
        return new ConfidenceMix(disclosed, undisclosed);
    }

    /** All disclosed money. */
    public Money total() {
        return disclosed.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** The share of the disclosed money {@code confidence} stands behind, in percent to two decimals; 0 when none. */
    public BigDecimal sharePercent(ValueConfidence confidence) {
        BigDecimal total = total().amount();
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return disclosed.get(confidence).amount().multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_EVEN);
    }
}

package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * A sum of flows: the disclosed amounts at both ends of any range, how many flows it adds up, and how many of
 * them were undisclosed (counted, never guessed; docs/adr/0004).
 */
public record FlowTotal(Money low, Money high, long flows, long undisclosed) {

    public static final FlowTotal NONE = new FlowTotal(Money.ZERO, Money.ZERO, 0, 0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FlowTotal {
        Require.present(low, "low");
        Require.present(high, "high");
        Require.that(undisclosed >= 0 && undisclosed <= flows, "undisclosed", "must be between 0 and flows");
    }

    /** One flow of {@code value}. */
    public static FlowTotal of(DealValue value) {
        return value.isDisclosed() ? new FlowTotal(value.lowerBound().get(), value.upperBound().get(), 1, 0)
                : new FlowTotal(Money.ZERO, Money.ZERO, 1, 1);
    }

    /** Every total of {@code totals} added up (in one pass over plain decimals: graphs add up thousands). */
    public static FlowTotal sum(Collection<FlowTotal> totals) {
        if (totals.isEmpty()) {
            return NONE;
        }
        if (totals.size() == 1) {
            return totals.iterator().next();
        }
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        long flows = 0;
        long undisclosed = 0;
        for (FlowTotal total : totals) {
            low = low.add(total.low.amount());
            high = high.add(total.high.amount());
            flows += total.flows;
            undisclosed += total.undisclosed;
        }
        return new FlowTotal(Money.usd(low), Money.usd(high), flows, undisclosed);
    }

    public FlowTotal plus(FlowTotal other) {
        return new FlowTotal(low.plus(other.low), high.plus(other.high), flows + other.flows,
                undisclosed + other.undisclosed);
    }

    /** Whether every flow of the sum was disclosed, so that the sum is the whole amount. */
    public boolean isDisclosed() {
        return undisclosed == 0;
    }

    /** The sum as one value: exact when both ends meet, a range otherwise; undisclosed when any flow was. */
    public DealValue value() {
        if (!isDisclosed()) {
            return DealValue.undisclosed();
        }
        return low.equals(high) ? DealValue.exact(low) : DealValue.range(low, high);
    }

    /** {@code part} in percent of {@code whole}, to two decimals; empty when the whole is zero. */
    public static Optional<BigDecimal> percent(Money part, Money whole) {
        return whole.isZero() ? Optional.empty() : Optional.of(part.amount().multiply(HUNDRED)
                .divide(whole.amount(), MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN));
    }
}

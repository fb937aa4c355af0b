package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The total value of a deal: an exact amount, a range ("17.4B confirmed, up to 19.4B") or undisclosed.
 * Analyses never guess an undisclosed value, and give a range two answers (docs/adr/0004).
 */
public sealed interface DealValue permits DealValue.Exact, DealValue.Range, DealValue.Undisclosed {

    /** Above this (ten times world GDP) a deal's value is a typing error, not a deal. */
    BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    /** The amount at the low end; empty when undisclosed. */
    Optional<Money> lowerBound();

    /** The amount at the high end; empty when undisclosed. */
    Optional<Money> upperBound();

    /** This value divided by {@code divisor} (of the same kind); undisclosed stays undisclosed. */
    DealValue dividedBy(BigDecimal divisor);

    default boolean isDisclosed() {
        return lowerBound().isPresent();
    }

    static DealValue exact(Money amount) {
        return new Exact(amount);
    }

    static DealValue range(Money low, Money high) {
        return new Range(low, high);
    }

    static DealValue undisclosed() {
        return Undisclosed.INSTANCE;
    }

    private static void requirePlausible(Money amount, String field) {
        Require.present(amount, field);
        Require.that(amount.amount().compareTo(MAX_AMOUNT) <= 0, field,
                "must be at most " + MAX_AMOUNT.toPlainString() + " USD");
    }

    /** A single known amount. */
    record Exact(Money amount) implements DealValue {

        public Exact {
            requirePlausible(amount, "value.amount");
        }

        @Override
        public Optional<Money> lowerBound() {
            return Optional.of(amount);
        }

        @Override
        public Optional<Money> upperBound() {
            return Optional.of(amount);
        }

        @Override
        public DealValue dividedBy(BigDecimal divisor) {
            return new Exact(amount.dividedBy(divisor));
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }

    /** A value known to lie between two amounts, the low end strictly below the high end. */
    record Range(Money low, Money high) implements DealValue {

        public Range {
            requirePlausible(low, "value.low");
            requirePlausible(high, "value.high");
            Require.that(low.compareTo(high) < 0, "value.high", "must be greater than the low end " + low);
        }

        @Override
        public Optional<Money> lowerBound() {
            return Optional.of(low);
        }

        @Override
        public Optional<Money> upperBound() {
            return Optional.of(high);
        }

        @Override
        public DealValue dividedBy(BigDecimal divisor) {
            Money dividedLow = low.dividedBy(divisor);
            Money dividedHigh = high.dividedBy(divisor);
            return dividedLow.equals(dividedHigh) ? new Exact(dividedLow) : new Range(dividedLow, dividedHigh);
        }

        @Override
        public String toString() {
            return low + " to " + high.amount().toPlainString();
        }
    }

    /** No amount was made public. */
    record Undisclosed() implements DealValue {

        static final Undisclosed INSTANCE = new Undisclosed();

        @Override
        public Optional<Money> lowerBound() {
            return Optional.empty();
        }

        @Override
        public Optional<Money> upperBound() {
            return Optional.empty();
        }

        @Override
        public DealValue dividedBy(BigDecimal divisor) {
            return this;
        }

        @Override
        public String toString() {
            return "undisclosed";
        }
    }
}

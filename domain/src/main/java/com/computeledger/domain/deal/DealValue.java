package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The total value of a deal: an exact amount, a range ("17.4B confirmed, up to 19.4B") or undisclosed.
 * Analyses never guess an undisclosed value, and give a range two answers (docs/adr/0004). What may be
 * written is checked by {@link #checkRules}; a value stored under older rules is read as it is.
 */
public sealed interface DealValue permits DealValue.Exact, DealValue.Range, DealValue.Undisclosed {

    /** Above this (ten times world GDP) a deal's value is a typing error, not a deal. */
    BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    /** The amount at the low end; empty when undisclosed. */
    Optional<Money> lowerBound();

    /** The amount at the high end (the low end but for a range); empty when undisclosed. */
    default Optional<Money> upperBound() {
        return lowerBound();
    }

    /** Records the write rules this value breaks: amounts from zero to {@link #MAX_AMOUNT}, a range's low below its high. */
    void checkRules(Violations violations);

    default boolean isDisclosed() {
        return lowerBound().isPresent();
    }

    /** Both ends divided by {@code divisor} to the cent (ends that meet make an exact value); undisclosed stays so. */
    default DealValue dividedBy(BigDecimal divisor) {
        if (!isDisclosed()) {
            return this;
        }
        Money low = lowerBound().get().dividedBy(divisor);
        Money high = upperBound().get().dividedBy(divisor);
        return low.equals(high) ? new Exact(low) : new Range(low, high);
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

    private static boolean checkPlausible(Money amount, String field, Violations violations) {
        return violations.check(!amount.isNegative(), field, "must not be negative")
                & violations.check(amount.amount().compareTo(MAX_AMOUNT) <= 0, field,
                "must be at most " + MAX_AMOUNT.toPlainString() + " USD");
    }

    /** A single known amount. */
    record Exact(Money amount) implements DealValue {

        public Exact {
            Require.present(amount, "value.amount");
        }

        @Override
        public void checkRules(Violations violations) {
            checkPlausible(amount, "value.amount", violations);
        }

        @Override
        public Optional<Money> lowerBound() {
            return Optional.of(amount);
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }

    /** A value known to lie between two amounts, the low end strictly below the high end. */
    record Range(Money low, Money high) implements DealValue {

        public Range {
            Require.present(low, "value.low");
            Require.present(high, "value.high");
        }

        @Override
        public void checkRules(Violations violations) {
            if (checkPlausible(low, "value.low", violations) & checkPlausible(high, "value.high", violations)) {
                violations.check(low.compareTo(high) < 0, "value.high", "must be greater than the low end " + low);
            }
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
        public String toString() {
            return low + " to " + high.amount().toPlainString();
        }
    }

    /** No amount was made public. */
    record Undisclosed() implements DealValue {

        static final Undisclosed INSTANCE = new Undisclosed();

        @Override
        public void checkRules(Violations violations) {
            // nothing to check: no amount was given
        }

        @Override
        public Optional<Money> lowerBound() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "undisclosed";
        }
    }
}

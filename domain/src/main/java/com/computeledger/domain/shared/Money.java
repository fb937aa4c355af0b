package com.computeledger.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of US dollars, exact to the cent.
 *
 * <p>The ledger records one currency: other currencies are refused rather than silently converted
 * (docs/adr/0004). Amounts carry scale 2; more decimals than cents are refused, never rounded away.
 * Money has no upper bound of its own, since market totals grow with the ledger; a single deal's value
 * is bounded by {@link com.computeledger.domain.deal.DealValue#MAX_AMOUNT}. The sign is a rule of the owner
 * (a deal's value must not be negative when it is written), so an amount stored under older rules still reads.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The only currency the ledger accepts. */
    public static final Currency USD = Currency.getInstance("USD");

    public static final Money ZERO = usd(BigDecimal.ZERO);

    private static final int SCALE = 2;

    public Money {
        Require.present(amount, "amount");
        Require.present(currency, "currency");
        if (!USD.equals(currency)) { // the message names the code, so it is built only when it is needed
            throw new InvariantViolationException("currency", "must be USD; " + currency.getCurrencyCode()
                    + " is not supported");
        }
        // Reads construct Money for every stored amount, which already has scale 2: no stripped copy for those.
        Require.that(amount.scale() <= SCALE || amount.stripTrailingZeros().scale() <= SCALE, "amount",
                "must not have more than 2 decimals");
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money usd(BigDecimal amount) {
        return new Money(amount, USD);
    }

    public static Money usd(String amount) {
        return usd(new BigDecimal(amount));
    }

    /** An amount a client states: refused, naming {@code field}, when negative. */
    public static Money stated(BigDecimal amount, String field) {
        Require.present(amount, field);
        Require.that(amount.signum() >= 0, field, "must not be negative");
        return usd(amount);
    }

    /** Parses an ISO 4217 code, refusing unknown codes and anything but USD with a domain error. */
    public static Money of(BigDecimal amount, String currencyCode) {
        try {
            return new Money(amount, Currency.getInstance(Require.present(currencyCode, "currency")));
        } catch (IllegalArgumentException unknown) {
            throw new InvariantViolationException("currency", "'" + currencyCode + "' is not an ISO 4217 currency code");
        }
    }

    public Money plus(Money other) {
        return usd(amount.add(other.amount));
    }

    /** This amount divided by {@code divisor}, rounded half-even to the cent. */
    public Money dividedBy(BigDecimal divisor) {
        Require.that(divisor.signum() > 0, "divisor", "must be positive");
        return usd(amount.divide(divisor, SCALE, RoundingMode.HALF_EVEN));
    }

    public Money times(BigDecimal factor) {
        Require.that(factor.signum() >= 0, "factor", "must not be negative");
        return usd(amount.multiply(factor).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}

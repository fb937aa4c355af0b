package com.computeledger.adapters.persistence.money;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.money.DealPurchases;
import com.computeledger.domain.money.FlowTotal;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deals as purchases summed per customer key and provider in one pass over rows of deals or of their running totals
 * (docs/adr/0038), each sum labelled with the least spelling ({@link String#compareTo}) among its rows, as
 * {@code min(customer)} labelled the groups of the SQL it replaces.
 */
final class PurchaseSums {

    private final Map<CustomerAndProvider, Sum> sums = new HashMap<>();

    /** Adds the figures of one row: some deals of one customer spelling with one provider (an absent amount, none). */
    void add(String customerKey, String customer, String providerId, long deals, long undisclosed,
             BigDecimal lowTotal, BigDecimal highTotal) {
        Sum sum = sums.computeIfAbsent(new CustomerAndProvider(customerKey, providerId), key -> new Sum(customer));
        if (customer.compareTo(sum.label) < 0) {
            sum.label = customer;
        }
        sum.deals += deals;
        sum.undisclosed += undisclosed;
        if (lowTotal != null) {
            sum.low = sum.low.add(lowTotal);
        }
        if (highTotal != null) {
            sum.high = sum.high.add(highTotal);
        }
    }

    /** The sums, in no particular order. */
    List<DealPurchases> purchases() {
        List<DealPurchases> purchases = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> purchases.add(new DealPurchases(Customer.of(sum.label),
                new ProviderId(key.providerId()), new FlowTotal(Money.usd(sum.low), Money.usd(sum.high), sum.deals,
                sum.undisclosed))));
        return purchases;
    }

    private record CustomerAndProvider(String customerKey, String providerId) {
    }

    /** The running sum of one customer and provider. */
    private static final class Sum {
        private String label;
        private long deals;
        private long undisclosed;
        private BigDecimal low = BigDecimal.ZERO;
        private BigDecimal high = BigDecimal.ZERO;

        private Sum(String label) {
            this.label = label;
        }
    }
}

package com.computeledger.adapters.persistence.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.money.DealPurchases;
import com.computeledger.domain.money.FlowTotal;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rows summed per customer key and provider, labelled with the least spelling, undisclosed amounts as nothing. */
class PurchaseSumsTest {

    @Test
    void sumsEachCustomerAndProviderUnderItsLeastSpelling() {
        PurchaseSums sums = new PurchaseSums();
        sums.add("openai", "OpenAI", "aws", 1, 0, new BigDecimal("38000000000.00"), new BigDecimal("38000000000.00"));
        sums.add("openai", "OPENAI", "aws", 2, 1, new BigDecimal("0.50"), new BigDecimal("1.25"));
        sums.add("openai", "Openai", "aws", 1, 1, null, null);
        sums.add("openai", "OpenAI", "oracle", 1, 0, new BigDecimal("300000000000"), new BigDecimal("300000000000"));
        sums.add("anthropic", "Anthropic", "aws", 1, 1, null, null);

        assertThat(sums.purchases()).containsExactlyInAnyOrder(
                new DealPurchases(Customer.of("OPENAI"), new ProviderId("aws"),
                        new FlowTotal(Money.usd("38000000000.50"), Money.usd("38000000001.25"), 4, 2)),
                new DealPurchases(Customer.of("OpenAI"), new ProviderId("oracle"),
                        new FlowTotal(Money.usd("300000000000"), Money.usd("300000000000"), 1, 0)),
                new DealPurchases(Customer.of("Anthropic"), new ProviderId("aws"),
                        new FlowTotal(Money.ZERO, Money.ZERO, 1, 1)));
    }

    @Test
    void nothingAddedSumsToNothing() {
        assertThat(new PurchaseSums().purchases()).isEmpty();
    }
}

package com.computeledger.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerExposureTest {

    @Test
    void openAiHas588BillionDisclosedAndOneUndisclosedDeal() {
        CustomerExposure exposure = CustomerExposure.of(Customer.of("OpenAI"), List.of(
                commitments("aws", 1, 0, "38000000000", 1, "5428571428.57"),
                commitments("microsoft-azure", 1, 0, "250000000000", 0, "0"),
                commitments("oracle", 1, 0, "300000000000", 1, "60000000000"),
                commitments("google-cloud", 1, 1, "0", 0, "0")));

        assertThat(exposure.lowTotal()).isEqualTo(Money.usd("588000000000"));
        assertThat(exposure.highTotal()).isEqualTo(Money.usd("588000000000"));
        assertThat(exposure.deals()).isEqualTo(4);
        assertThat(exposure.undisclosedDeals()).isEqualTo(1);
        assertThat(exposure.annualizedDeals()).isEqualTo(2);
        assertThat(exposure.annualizedLowTotal()).isEqualTo(Money.usd("65428571428.57"));
        assertThat(exposure.byProvider()).extracting(c -> c.providerId().value())
                .containsExactly("oracle", "microsoft-azure", "aws", "google-cloud");
        assertThat(exposure.largestProvider()).hasValueSatisfying(largest -> {
            assertThat(largest.providerId()).isEqualTo(new ProviderId("oracle"));
            assertThat(largest.shareOfHighTotal()).isEqualTo(new BigDecimal("51.02"));
        });
    }

    @Test
    void rangesGiveTwoTotalsAndTwoShares() {
        CustomerExposure exposure = CustomerExposure.of(Customer.of("Anthropic"), List.of(
                new ProviderCommitments(new ProviderId("a"), 1, 0, Money.usd("10"), Money.usd("30"), 0, Money.ZERO,
                        Money.ZERO),
                new ProviderCommitments(new ProviderId("b"), 1, 0, Money.usd("10"), Money.usd("10"), 0, Money.ZERO,
                        Money.ZERO)));
        assertThat(exposure.lowTotal()).isEqualTo(Money.usd("20"));
        assertThat(exposure.highTotal()).isEqualTo(Money.usd("40"));
        assertThat(exposure.largestProvider()).hasValueSatisfying(largest -> {
            assertThat(largest.providerId().value()).isEqualTo("a");
            assertThat(largest.shareOfLowTotal()).isEqualTo(new BigDecimal("50.00"));
            assertThat(largest.shareOfHighTotal()).isEqualTo(new BigDecimal("75.00"));
        });
    }

    @Test
    void aCustomerWithoutDisclosedValueHasNoLargestProvider() {
        CustomerExposure exposure = CustomerExposure.of(Customer.of("Nobody"),
                List.of(commitments("a", 2, 2, "0", 0, "0")));
        assertThat(exposure.largestProvider()).isEmpty();
        assertThat(CustomerExposure.of(Customer.of("Nobody"), List.of()).deals()).isZero();
    }

    private static ProviderCommitments commitments(String provider, long deals, long undisclosed, String total,
                                                   long annualizedDeals, String annualized) {
        return new ProviderCommitments(new ProviderId(provider), deals, undisclosed, Money.usd(total), Money.usd(total),
                annualizedDeals, Money.usd(annualized), Money.usd(annualized));
    }
}

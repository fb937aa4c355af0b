package com.computeledger.domain.analytics;

import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;

/** One provider's deals summed by value: low-end and high-end totals of the disclosed ones, and the counts. */
public record ProviderValueTotals(ProviderId providerId, long deals, long undisclosedDeals, Money lowTotal,
                                  Money highTotal) {

    public ProviderValueTotals {
        Require.present(providerId, "providerId");
        Require.that(deals >= 0 && undisclosedDeals >= 0 && undisclosedDeals <= deals, "deals",
                "counts must be non-negative and undisclosed deals among the deals");
        Require.present(lowTotal, "lowTotal");
        Require.present(highTotal, "highTotal");
    }
}

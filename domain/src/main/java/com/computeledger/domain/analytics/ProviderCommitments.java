package com.computeledger.domain.analytics;

import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;

/**
 * What one customer has committed to one provider, summed by the storage: disclosed totals at the low and
 * high ends, the annualized totals of the deals whose duration is known, and how many deals fall where.
 */
public record ProviderCommitments(
        ProviderId providerId,
        long deals,
        long undisclosedDeals,
        Money lowTotal,
        Money highTotal,
        long annualizedDeals,
        Money annualizedLowTotal,
        Money annualizedHighTotal) {

    public ProviderCommitments {
        Require.present(providerId, "providerId");
        Require.that(deals >= 0 && undisclosedDeals >= 0 && annualizedDeals >= 0, "deals", "must not be negative");
        Require.that(undisclosedDeals <= deals && annualizedDeals <= deals - undisclosedDeals, "deals",
                "undisclosed and annualized deals must be among the deals counted");
        Require.present(lowTotal, "lowTotal");
        Require.present(highTotal, "highTotal");
        Require.present(annualizedLowTotal, "annualizedLowTotal");
        Require.present(annualizedHighTotal, "annualizedHighTotal");
    }
}

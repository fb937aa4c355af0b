package com.computeledger.domain.analytics;

import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Require;

/**
 * One provider's commitments summed by power: gigawatts stated by the sources, gigawatts estimated from
 * chip counts and the catalog's all-in power, and how many commitments had neither.
 */
public record ProviderPowerTotals(ProviderId providerId, long commitments, long commitmentsWithoutPower,
                                  Gigawatts stated, Gigawatts estimated) {

    public ProviderPowerTotals {
        Require.present(providerId, "providerId");
        Require.that(commitments >= 0 && commitmentsWithoutPower >= 0 && commitmentsWithoutPower <= commitments,
                "commitments", "counts must be non-negative and commitments without power among the commitments");
        Require.present(stated, "stated");
        Require.present(estimated, "estimated");
    }

    public Gigawatts total() {
        return stated.plus(estimated);
    }
}

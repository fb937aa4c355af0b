package com.computeledger.application.analytics.port.out;

import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.DealFilter;
import java.util.List;

/**
 * Out-port: sums over the deals that match a filter, computed where the deals are stored (an analysis
 * never loads the deals themselves, so it costs the same memory for four deals or a million).
 */
public interface MarketStatistics {

    /** Per provider with at least one matching deal: deal counts and value totals at both ends. */
    List<ProviderValueTotals> valueByProvider(DealFilter filter);

    /** Per provider with at least one matching commitment: stated and estimated gigawatts and counts. */
    List<ProviderPowerTotals> powerByProvider(DealFilter filter);

    /** Per provider, the matching deals of the filter's customer: totals and annualized totals. */
    List<ProviderCommitments> commitmentsByProvider(DealFilter filter);

    /**
     * The matching commitments that have a term start, a full-capacity date and power (stated, or a chip
     * count), summed per group, start and full-capacity date; estimated power comes as separate ramps.
     */
    List<CapacityRamp> capacityRamps(DealFilter filter, TimelineGrouping grouping);

    /** How many matching commitments lack a term start, a full-capacity date or any power figure. */
    long commitmentsWithoutRamp(DealFilter filter);
}

package com.computeledger.adapters.persistence.analytics;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.deal.DealFilterSql;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.DealFilter;
import java.util.List;

/**
 * An optimisation of the plain {@link JdbiMarketStatistics}: questions without a customer read the running
 * {@link ProviderTotals} instead of summing every deal — market-wide value and power from the totals per provider
 * and status (a few dozen rows, docs/adr/0009), questions with a period from the totals and ramps per announcement
 * day (docs/adr/0019), the capacity timeline without a period from the ramps over all days (docs/adr/0022). A
 * customer filter, or timelines grouped by customer, go to the plain queries it extends, which the customer index
 * keeps selective.
 */
public final class RunningTotalsStatistics extends JdbiMarketStatistics {

    public RunningTotalsStatistics(JdbiUnitOfWork unitOfWork) {
        super(unitOfWork);
    }

    @Override
    public List<ProviderValueTotals> valueByProvider(DealFilter filter) {
        if (filter.customer().isPresent()) {
            return super.valueByProvider(filter);
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select d.provider_id, sum(d.deals) as deals, sum(d.undisclosed_deals) as undisclosed,"
                + " sum(d.low_total) as low_total, sum(d.high_total) as high_total from " + totals(filter)
                + sql.where() + " group by d.provider_id having sum(d.deals) > 0 order by d.provider_id", VALUE_TOTALS);
    }

    @Override
    public List<ProviderPowerTotals> powerByProvider(DealFilter filter) {
        if (filter.customer().isPresent()) {
            return super.powerByProvider(filter);
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select d.provider_id, sum(d.commitments) as commitments,"
                + " sum(d.commitments_without_power) as without_power, sum(d.stated_gigawatts) as stated,"
                + " sum(d.estimated_gigawatts) as estimated from " + totals(filter) + sql.where()
                + " group by d.provider_id having sum(d.commitments) > 0 order by d.provider_id", POWER_TOTALS);
    }

    @Override
    public List<CapacityRamp> capacityRamps(DealFilter filter, TimelineGrouping grouping) {
        if (filter.customer().isPresent() || grouping != TimelineGrouping.PROVIDER) {
            return super.capacityRamps(filter, grouping);
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select d.provider_id as grp, d.term_start, d.full_capacity_by,"
                + " sum(d.stated_gigawatts) as stated, sum(d.estimated_gigawatts) as estimated from " + ramps(filter)
                + sql.where() + " group by d.provider_id, d.term_start, d.full_capacity_by order by 1, 2, 3",
                RAMPS).stream().flatMap(List::stream).toList();
    }

    @Override
    public long commitmentsWithoutRamp(DealFilter filter) {
        if (filter.customer().isPresent()) {
            return super.commitmentsWithoutRamp(filter);
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select coalesce(sum(d.commitments_without_ramp), 0) from day_totals d" + sql.where(),
                (row, context) -> row.getLong(1)).get(0);
    }

    /** The totals per provider and status when the filter has no period, else those per day. */
    private static String totals(DealFilter filter) {
        return hasPeriod(filter) ? "day_totals d" : "provider_totals d";
    }

    /** The ramps over all days, in the order they are grouped, when the filter has no period, else those per day. */
    private static String ramps(DealFilter filter) {
        return hasPeriod(filter) ? "day_ramps d" : "ramp_totals d";
    }

    private static boolean hasPeriod(DealFilter filter) {
        return filter.announcedFrom().isPresent() || filter.announcedTo().isPresent();
    }
}

package com.computeledger.adapters.persistence.analytics;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.deal.DealFilterSql;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        if (!hasPeriod(filter)) {
            // one row per ramp, the statuses asked for in columns: added up, nothing to group
            Set<DealStatus> statuses = filter.statuses().isEmpty() ? EnumSet.allOf(DealStatus.class)
                    : new TreeSet<>(filter.statuses());
            DealFilterSql sql = DealFilterSql.of(new DealFilter(filter.providerId(), Optional.empty(), Set.of(),
                    Optional.empty(), Optional.empty()));
            return list(sql, "select d.provider_id as grp, d.term_start, d.full_capacity_by, "
                    + sumOf(statuses, ProviderTotals::statedColumn) + " as stated, "
                    + sumOf(statuses, ProviderTotals::estimatedColumn) + " as estimated from ramp_totals d"
                    + sql.where() + " order by 1, 2, 3", RAMPS).stream().flatMap(List::stream).toList();
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select d.provider_id as grp, d.term_start, d.full_capacity_by,"
                + " sum(d.stated_gigawatts) as stated, sum(d.estimated_gigawatts) as estimated from day_ramps d"
                + sql.where() + " group by d.provider_id, d.term_start, d.full_capacity_by order by 1, 2, 3",
                RAMPS).stream().flatMap(List::stream).toList();
    }

    @Override
    public long commitmentsWithoutRamp(DealFilter filter) {
        if (filter.customer().isPresent()) {
            return super.commitmentsWithoutRamp(filter);
        }
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, "select coalesce(sum(d.commitments_without_ramp), 0) from " + totals(filter) + sql.where(),
                (row, context) -> row.getLong(1)).get(0);
    }

    /** The totals per provider and status when the filter has no period, else those per day. */
    private static String totals(DealFilter filter) {
        return hasPeriod(filter) ? "day_totals d" : "provider_totals d";
    }

    /** {@code d.x + d.y ...}: the columns of {@code ramp_totals} of the statuses (fixed names, no request text). */
    private static String sumOf(Set<DealStatus> statuses, Function<String, String> column) {
        return statuses.stream().map(status -> "d." + column.apply(status.name())).collect(Collectors.joining(" + "));
    }

    private static boolean hasPeriod(DealFilter filter) {
        return filter.announcedFrom().isPresent() || filter.announcedTo().isPresent();
    }
}

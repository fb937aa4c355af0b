package com.computeledger.adapters.persistence.analytics;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.deal.DealFilterSql;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * An optimisation of the plain {@link JdbiMarketStatistics}: questions without a customer read the running
 * {@link ProviderTotals} instead of summing every deal — market-wide value and power from the totals per provider
 * and status (a few dozen rows, docs/adr/0009), questions with a period from the totals and ramps per announcement
 * day (docs/adr/0019), the capacity timeline without a period from the ramps over all days (docs/adr/0022); a
 * timeline grouped by customer over all customers from two scans joined in the adapter (docs/adr/0031). A customer
 * filter goes to the plain queries it extends, which the customer index keeps selective.
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
        if (filter.customer().isPresent()) {
            return super.capacityRamps(filter, grouping);
        }
        if (grouping == TimelineGrouping.CUSTOMER) {
            return withHandle(handle -> rampsPerCustomer(handle, filter));
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

    /**
     * The ramps per customer of deals of any customer, from two scans joined here (docs/adr/0031): the matching
     * deals' customer and start, kept by id, then every commitment with a full-capacity date and power, summed into
     * the ramp of its deal's customer and dates. H2 joins the two tables with an index lookup per commitment and
     * groups the ramps by hash, which at a million deals took longer than reading both tables whole.
     */
    private static List<CapacityRamp> rampsPerCustomer(Handle handle, DealFilter filter) {
        Map<String, BigDecimal> kilowattsPerUnit = ProviderTotals.kilowattsPerUnit(handle);
        DealFilterSql sql = DealFilterSql.of(filter).add("d.term_start is not null", Map.of());
        Map<UUID, DealStart> starts = new HashMap<>();
        Map<Object, Object> shared = new HashMap<>();
        sql.bind(handle.createQuery("select d.id, d.customer_key, d.customer, d.term_start from deal d" + sql.where()))
                .scanResultSet((rows, context) -> {
                    ResultSet row = rows.get();
                    while (row.next()) {
                        starts.put(row.getObject(1, UUID.class), new DealStart(shared(shared, row.getString(2)),
                                shared(shared, row.getString(3)), shared(shared, row.getObject(4, LocalDate.class))));
                    }
                    return null;
                });
        CustomerRampSums ramps = new CustomerRampSums();
        handle.createQuery("select c.deal_id, c.full_capacity_by, c.gigawatts, c.units, c.accelerator_id"
                + " from deal_commitment c where c.full_capacity_by is not null"
                + " and (c.gigawatts is not null or c.units is not null)").scanResultSet((rows, context) -> {
                    ResultSet row = rows.get();
                    while (row.next()) {
                        DealStart deal = starts.get(row.getObject(1, UUID.class));
                        if (deal != null) {
                            BigDecimal stated = row.getBigDecimal(3);
                            BigDecimal estimated = stated != null ? BigDecimal.ZERO
                                    : ProviderTotals.estimatedGigawatts(row.getLong(4),
                                            kilowattsPerUnit.get(row.getString(5)));
                            ramps.add(deal.customerKey(), deal.customer(), deal.termStart(),
                                    row.getObject(2, LocalDate.class), stated != null ? stated : BigDecimal.ZERO,
                                    estimated);
                        }
                    }
                    return null;
                });
        return ramps.ramps();
    }

    /** The instance equal to {@code value} seen first: a million rows name a few thousand customers and days. */
    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> shared, T value) {
        return (T) shared.computeIfAbsent(value, first -> first);
    }

    /** What a ramp takes from its deal. */
    private record DealStart(String customerKey, String customer, LocalDate termStart) {
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

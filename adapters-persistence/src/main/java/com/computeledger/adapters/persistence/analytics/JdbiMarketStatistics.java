package com.computeledger.adapters.persistence.analytics;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.deal.DealFilterSql;
import com.computeledger.adapters.persistence.deal.DealMapping;
import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.domain.analytics.CapacityRamp;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.analytics.ProviderPowerTotals;
import com.computeledger.domain.analytics.ProviderValueTotals;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The statistics out-port as SQL aggregates ({@code SUM ... GROUP BY}): the database adds the columns up,
 * the adapter only reads one row per provider or per ramp. Estimated power is
 * {@code units x all-in kW x 0.000001} for commitments without stated gigawatts. {@link RunningTotalsStatistics}
 * extends it to answer market-wide questions from running totals.
 */
public class JdbiMarketStatistics implements MarketStatistics {

    /** Reads a row of {@code provider_id, deals, undisclosed, low_total, high_total}. */
    static final RowMapper<ProviderValueTotals> VALUE_TOTALS = (row, context) -> new ProviderValueTotals(
            new ProviderId(row.getString("provider_id")), row.getLong("deals"), row.getLong("undisclosed"),
            cents(row.getBigDecimal("low_total")), cents(row.getBigDecimal("high_total")));

    /** Reads a row of {@code provider_id, commitments, without_power, stated, estimated}. */
    static final RowMapper<ProviderPowerTotals> POWER_TOTALS = (row, context) -> new ProviderPowerTotals(
            new ProviderId(row.getString("provider_id")), row.getLong("commitments"), row.getLong("without_power"),
            new Gigawatts(row.getBigDecimal("stated")), new Gigawatts(row.getBigDecimal("estimated")));

    /**
     * Reads {@code grp, term_start, full_capacity_by, stated, estimated}, in this order (by position, without a
     * label lookup per value: a timeline reads tens of thousands of rows): a stated ramp, an estimated one or both.
     * (Ramps per customer are summed by {@link CustomerRampSums}, which gives each customer one label.)
     */
    static final RowMapper<List<CapacityRamp>> RAMPS = (row, context) -> {
        Optional<CapacityRamp> stated = ramp(row, 4, false);
        Optional<CapacityRamp> estimated = ramp(row, 5, true);
        return stated.isEmpty() ? estimated.map(List::of).orElse(List.of())
                : estimated.map(ramp -> List.of(stated.get(), ramp)).orElse(List.of(stated.get()));
    };

    private static final String UNDISCLOSED = "'" + DealMapping.UNDISCLOSED + "'";
    private static final String VALUE_TOTALS_COLUMNS = "select d.provider_id, count(*) as deals,"
            + " sum(case when d.value_kind = " + UNDISCLOSED + " then 1 else 0 end) as undisclosed,"
            + " coalesce(sum(d.value_low), 0) as low_total, coalesce(sum(d.value_high), 0) as high_total";
    private static final String BY_PROVIDER = " group by d.provider_id order by d.provider_id";
    private static final String COMMITMENTS = " from deal d join deal_commitment c on c.deal_id = d.id"
            + " join accelerator a on a.id = c.accelerator_id";
    private static final String ESTIMATED_GW =
            "coalesce(sum(case when c.gigawatts is null then c.units * a.all_in_kilowatts_per_unit * 0.000001 end), 0)";
    private static final String HAS_RAMP = "d.term_start is not null and c.full_capacity_by is not null"
            + " and (c.gigawatts is not null or c.units is not null)";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiMarketStatistics(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<ProviderValueTotals> valueByProvider(DealFilter filter) {
        DealFilterSql sql = DealFilterSql.of(filter);
        return list(sql, VALUE_TOTALS_COLUMNS + " from deal d" + sql.where() + BY_PROVIDER, VALUE_TOTALS);
    }

    @Override
    public List<ProviderPowerTotals> powerByProvider(DealFilter filter) {
        DealFilterSql sql = DealFilterSql.of(filter);
        String query = "select d.provider_id, count(*) as commitments,"
                + " sum(case when c.gigawatts is null and c.units is null then 1 else 0 end) as without_power,"
                + " coalesce(sum(c.gigawatts), 0) as stated, " + ESTIMATED_GW + " as estimated"
                + COMMITMENTS + sql.where() + BY_PROVIDER;
        return list(sql, query, POWER_TOTALS);
    }

    @Override
    public List<ProviderCommitments> commitmentsByProvider(DealFilter filter) {
        DealFilterSql sql = DealFilterSql.of(filter);
        String annualizable = "d.term_months >= 1 and d.value_kind <> " + UNDISCLOSED;
        String query = VALUE_TOTALS_COLUMNS + ","
                + " sum(case when " + annualizable + " then 1 else 0 end) as annualized_deals,"
                + " coalesce(sum(case when " + annualizable
                + " then cast(d.value_low as numeric(30, 10)) * 12 / d.term_months end), 0) as annualized_low,"
                + " coalesce(sum(case when " + annualizable
                + " then cast(d.value_high as numeric(30, 10)) * 12 / d.term_months end), 0) as annualized_high"
                + " from deal d" + sql.where() + BY_PROVIDER;
        return list(sql, query, (row, context) ->
                new ProviderCommitments(new ProviderId(row.getString("provider_id")), row.getLong("deals"),
                        row.getLong("undisclosed"), cents(row.getBigDecimal("low_total")),
                        cents(row.getBigDecimal("high_total")), row.getLong("annualized_deals"),
                        cents(row.getBigDecimal("annualized_low")), cents(row.getBigDecimal("annualized_high"))));
    }

    @Override
    public List<CapacityRamp> capacityRamps(DealFilter filter, TimelineGrouping grouping) {
        DealFilterSql sql = DealFilterSql.of(filter).add(HAS_RAMP, Map.of());
        String sums = ", coalesce(sum(c.gigawatts), 0) as stated, " + ESTIMATED_GW + " as estimated" + COMMITMENTS
                + sql.where();
        if (grouping == TimelineGrouping.PROVIDER) {
            String query = "select d.provider_id as grp, d.term_start, c.full_capacity_by" + sums
                    + " group by d.provider_id, d.term_start, c.full_capacity_by order by 1, 2, 3";
            return list(sql, query, RAMPS).stream().flatMap(List::stream).toList();
        }
        String query = "select d.customer_key, min(d.customer), d.term_start, c.full_capacity_by" + sums
                + " group by d.customer_key, d.term_start, c.full_capacity_by";
        CustomerRampSums ramps = new CustomerRampSums();
        unitOfWork.withHandle(handle -> sql.bind(handle.createQuery(query)).scanResultSet((rows, context) -> {
            ResultSet row = rows.get();
            while (row.next()) {
                ramps.add(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class), row.getBigDecimal(5), row.getBigDecimal(6));
            }
            return null;
        }));
        return ramps.ramps();
    }

    @Override
    public long commitmentsWithoutRamp(DealFilter filter) {
        DealFilterSql sql = DealFilterSql.of(filter).add("not (" + HAS_RAMP + ")", Map.of());
        String query = "select count(*)" + COMMITMENTS + sql.where();
        return unitOfWork.withHandle(handle -> sql.bind(handle.createQuery(query)).mapTo(Long.class).one());
    }

    /** Runs {@code statements} on the handle of the current unit of work. */
    <T> T withHandle(Function<Handle, T> statements) {
        return unitOfWork.withHandle(statements);
    }

    /** Runs {@code query} with the filter's parameters and maps each row. */
    <T> List<T> list(DealFilterSql sql, String query, RowMapper<T> mapper) {
        return unitOfWork.withHandle(handle -> sql.bind(handle.createQuery(query)).map(mapper).list());
    }

    /** The ramp of a row in its stated or its estimated gigawatts; none where they add up to nothing. */
    private static Optional<CapacityRamp> ramp(ResultSet row, int gigawatts, boolean estimated)
            throws SQLException {
        BigDecimal power = row.getBigDecimal(gigawatts);
        return power.signum() > 0 ? Optional.of(new CapacityRamp(row.getString(1), row.getObject(2, LocalDate.class),
                row.getObject(3, LocalDate.class), new Gigawatts(power), estimated)) : Optional.empty();
    }

    private static Money cents(BigDecimal amount) {
        return Money.usd(amount.setScale(2, RoundingMode.HALF_EVEN));
    }
}

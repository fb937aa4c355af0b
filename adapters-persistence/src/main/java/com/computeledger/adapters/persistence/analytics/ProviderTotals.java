package com.computeledger.adapters.persistence.analytics;

import com.computeledger.adapters.persistence.TotalRows;
import com.computeledger.adapters.persistence.deal.DealMapping;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Running totals kept in the same transaction as every deal write, so that analyses read aggregates instead of
 * every deal: per provider and status (table {@code provider_totals}, docs/adr/0009), and per announcement day,
 * provider and status (tables {@code day_totals} and {@code day_ramps}, docs/adr/0019), which answer the
 * period, provider and status filters. {@link RunningTotalsStatistics} reads them; a customer filter goes to the
 * plain aggregates of {@link JdbiMarketStatistics} over the deal table (its index keeps it selective).
 */
public final class ProviderTotals {

    /** The deal statuses, one totals row per provider and status. */
    private static final List<String> STATUSES = List.of("ANNOUNCED", "ACTIVE", "COMPLETED", "CANCELLED");

    private static final String CREATE_TABLE = "create table provider_totals ("
            + " provider_id varchar(64) not null references provider (id),"
            + " status varchar(16) not null,"
            + " deals bigint not null,"
            + " undisclosed_deals bigint not null,"
            + " low_total numeric(30, 2) not null,"
            + " high_total numeric(30, 2) not null,"
            + " commitments bigint not null,"
            + " commitments_without_power bigint not null,"
            + " stated_gigawatts numeric(30, 6) not null,"
            + " estimated_gigawatts numeric(30, 9) not null,"
            + " primary key (provider_id, status))";

    /** The same sums per announcement day (first in the key: period filters read a range of it). */
    private static final String CREATE_DAY_TOTALS = "create table day_totals ("
            + " announced_on date not null,"
            + " provider_id varchar(64) not null references provider (id),"
            + " status varchar(16) not null,"
            + " deals bigint not null,"
            + " undisclosed_deals bigint not null,"
            + " low_total numeric(30, 2) not null,"
            + " high_total numeric(30, 2) not null,"
            + " commitments bigint not null,"
            + " commitments_without_power bigint not null,"
            + " commitments_without_ramp bigint not null,"
            + " stated_gigawatts numeric(30, 6) not null,"
            + " estimated_gigawatts numeric(30, 9) not null,"
            + " primary key (announced_on, provider_id, status))";

    /** The capacity ramps (commitments with a term start, a full-capacity date and power) per day. */
    private static final String CREATE_DAY_RAMPS = "create table day_ramps ("
            + " announced_on date not null,"
            + " provider_id varchar(64) not null references provider (id),"
            + " status varchar(16) not null,"
            + " term_start date not null,"
            + " full_capacity_by date not null,"
            + " stated_gigawatts numeric(30, 6) not null,"
            + " estimated_gigawatts numeric(30, 9) not null,"
            + " primary key (announced_on, provider_id, status, term_start, full_capacity_by))";

    /**
     * The same ramps without the announcement day, one row per provider, start and full-capacity date with the
     * gigawatts of each status in columns of their own (docs/adr/0022): a timeline without a period reads these rows
     * in key order and adds the columns of the statuses asked for, instead of grouping every day's rows.
     */
    private static final String CREATE_RAMP_TOTALS = "create table ramp_totals ("
            + " provider_id varchar(64) not null references provider (id),"
            + " term_start date not null,"
            + " full_capacity_by date not null,"
            + STATUSES.stream().map(status -> " " + statedColumn(status) + " numeric(30, 6) not null, "
                    + estimatedColumn(status) + " numeric(30, 9) not null,").collect(Collectors.joining())
            + " primary key (provider_id, term_start, full_capacity_by))";

    private static final String ESTIMATED_GW =
            "case when c.gigawatts is null then c.units * a.all_in_kilowatts_per_unit * 0.000001 end";
    private static final String HAS_RAMP = "d.term_start is not null and c.full_capacity_by is not null"
            + " and (c.gigawatts is not null or c.units is not null)";

    /** Per deal: its commitments' counts and power (deals without commitments have no row). */
    private static final String PER_DEAL_COMMITMENTS = "select c.deal_id, count(*) as commitments,"
            + " sum(case when c.gigawatts is null and c.units is null then 1 else 0 end) as without_power,"
            + " sum(case when " + HAS_RAMP + " then 0 else 1 end) as without_ramp,"
            + " coalesce(sum(c.gigawatts), 0) as stated, coalesce(sum(" + ESTIMATED_GW + "), 0) as estimated"
            + " from deal_commitment c join deal d on d.id = c.deal_id"
            + " join accelerator a on a.id = c.accelerator_id";

    /**
     * The contributions of deals per day, provider and status, with the same formulas as the detail queries
     * of {@link JdbiMarketStatistics}; {@code <where>} picks the deals.
     */
    private static final String DAY_SUMS = "select d.announced_on, d.provider_id, d.status, count(*) as deals,"
            + " sum(case when d.value_kind = 'UNDISCLOSED' then 1 else 0 end) as undisclosed,"
            + " coalesce(sum(d.value_low), 0) as low_total, coalesce(sum(d.value_high), 0) as high_total,"
            + " coalesce(sum(k.commitments), 0) as commitments, coalesce(sum(k.without_power), 0) as without_power,"
            + " coalesce(sum(k.without_ramp), 0) as without_ramp, coalesce(sum(k.stated), 0) as stated,"
            + " coalesce(sum(k.estimated), 0) as estimated"
            + " from deal d left join (" + PER_DEAL_COMMITMENTS + "<commitmentWhere> group by c.deal_id) k"
            + " on k.deal_id = d.id<where> group by d.announced_on, d.provider_id, d.status";

    /** The ramps of deals per day, provider, status, start and full-capacity date. */
    private static final String RAMP_SUMS = "select d.announced_on, d.provider_id, d.status, d.term_start,"
            + " c.full_capacity_by, coalesce(sum(c.gigawatts), 0) as stated,"
            + " coalesce(sum(" + ESTIMATED_GW + "), 0) as estimated"
            + " from deal d join deal_commitment c on c.deal_id = d.id join accelerator a on a.id = c.accelerator_id"
            + " where " + HAS_RAMP + "<and>"
            + " group by d.announced_on, d.provider_id, d.status, d.term_start, c.full_capacity_by";

    /** The columns of {@code provider_totals} as V3 created them ({@code commitments_without_ramp} came with V7). */
    private static final String PROVIDER_TOTALS_COLUMNS = "provider_id, status, deals, undisclosed_deals, low_total,"
            + " high_total, commitments, commitments_without_power, stated_gigawatts, estimated_gigawatts";

    /** kW to GW, the factor of {@code ESTIMATED_GW}. */
    private static final BigDecimal KILO_TO_GIGA = new BigDecimal("0.000001");

    private static final String APPLY = "update provider_totals set deals = deals + :deals,"
            + " undisclosed_deals = undisclosed_deals + :undisclosed,"
            + " low_total = low_total + :lowTotal, high_total = high_total + :highTotal,"
            + " commitments = commitments + :commitments,"
            + " commitments_without_power = commitments_without_power + :withoutPower,"
            + " commitments_without_ramp = commitments_without_ramp + :withoutRamp,"
            + " stated_gigawatts = stated_gigawatts + :stated,"
            + " estimated_gigawatts = estimated_gigawatts + :estimated"
            + " where provider_id = :providerId and status = :status";

    private static final String DAY_KEY = "announced_on = :announcedOn and provider_id = :providerId"
            + " and status = :status";
    private static final String ADD_DAY = "insert into day_totals values (:announcedOn, :providerId, :status,"
            + " 0, 0, 0, 0, 0, 0, 0, 0, 0) on conflict do nothing";
    private static final String APPLY_DAY = "update day_totals set deals = deals + :deals,"
            + " undisclosed_deals = undisclosed_deals + :undisclosed,"
            + " low_total = low_total + :lowTotal, high_total = high_total + :highTotal,"
            + " commitments = commitments + :commitments,"
            + " commitments_without_power = commitments_without_power + :withoutPower,"
            + " commitments_without_ramp = commitments_without_ramp + :withoutRamp,"
            + " stated_gigawatts = stated_gigawatts + :stated,"
            + " estimated_gigawatts = estimated_gigawatts + :estimated where " + DAY_KEY;
    private static final String RAMP_KEY = DAY_KEY + " and term_start = :termStart"
            + " and full_capacity_by = :fullCapacityBy";
    private static final String ADD_RAMP = "insert into day_ramps values (:announcedOn, :providerId, :status,"
            + " :termStart, :fullCapacityBy, 0, 0) on conflict do nothing";
    private static final String APPLY_RAMP = "update day_ramps set stated_gigawatts = stated_gigawatts + :stated,"
            + " estimated_gigawatts = estimated_gigawatts + :estimated where " + RAMP_KEY;
    private static final String ADD_RAMP_TOTAL = "insert into ramp_totals values (:providerId, :termStart,"
            + " :fullCapacityBy" + ", 0, 0".repeat(STATUSES.size()) + ") on conflict do nothing";
    private static final String APPLY_RAMP_TOTAL = "update ramp_totals set " + STATUSES.stream()
            .map(status -> statedColumn(status) + " = " + statedColumn(status) + " + :" + statedColumn(status) + ", "
                    + estimatedColumn(status) + " = " + estimatedColumn(status) + " + :" + estimatedColumn(status))
            .collect(Collectors.joining(", "))
            + " where provider_id = :providerId and term_start = :termStart and full_capacity_by = :fullCapacityBy";

    private ProviderTotals() {
    }

    /** Creates {@code provider_totals} and fills it from the deals already stored (migration V3). */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
        }
        rebuildProviderTotals(connection);
    }

    /** Creates {@code day_totals} and {@code day_ramps} and fills them from the deals already stored (V5). */
    public static void createDayTotals(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_DAY_TOTALS);
            statement.execute(CREATE_DAY_RAMPS);
        }
        rebuildDayTotals(connection);
    }

    /**
     * Creates {@code ramp_totals} and the column {@code provider_totals.commitments_without_ramp}, and fills both
     * from the totals per day (migration V7).
     */
    public static void createRampTotals(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_RAMP_TOTALS);
            statement.execute("alter table provider_totals add column commitments_without_ramp bigint default 0"
                    + " not null");
        }
        rebuildRampTotals(connection);
    }

    /**
     * Recomputes every row from the deal tables: after a bulk load that bypassed the repositories (the
     * benchmark's loader), or to repair totals by hand. Runs in the caller's transaction.
     */
    public static void rebuild(Connection connection) throws SQLException {
        rebuildProviderTotals(connection);
        rebuildDayTotals(connection);
        rebuildRampTotals(connection);
    }

    private static void rebuildProviderTotals(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from provider_totals");
            for (String status : STATUSES) {
                statement.execute("insert into provider_totals (" + PROVIDER_TOTALS_COLUMNS + ") select p.id, '"
                        + status + "',"
                        + " coalesce(v.deals, 0), coalesce(v.undisclosed, 0), coalesce(v.low_total, 0),"
                        + " coalesce(v.high_total, 0), coalesce(w.commitments, 0), coalesce(w.without_power, 0),"
                        + " coalesce(w.stated, 0), coalesce(w.estimated, 0) from provider p"
                        + " left join (select d.provider_id, count(*) as deals,"
                        + " sum(case when d.value_kind = 'UNDISCLOSED' then 1 else 0 end) as undisclosed,"
                        + " sum(d.value_low) as low_total, sum(d.value_high) as high_total from deal d"
                        + " where d.status = '" + status + "' group by d.provider_id) v on v.provider_id = p.id"
                        + " left join (select d.provider_id, count(*) as commitments,"
                        + " sum(case when c.gigawatts is null and c.units is null then 1 else 0 end) as without_power,"
                        + " sum(c.gigawatts) as stated, sum(case when c.gigawatts is null"
                        + " then c.units * a.all_in_kilowatts_per_unit * 0.000001 end) as estimated"
                        + " from deal d join deal_commitment c on c.deal_id = d.id"
                        + " join accelerator a on a.id = c.accelerator_id"
                        + " where d.status = '" + status + "' group by d.provider_id) w on w.provider_id = p.id");
            }
        }
    }

    private static void rebuildDayTotals(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from day_totals");
            statement.execute("delete from day_ramps");
            statement.execute("insert into day_totals " + DAY_SUMS.replace("<commitmentWhere>", "")
                    .replace("<where>", ""));
            statement.execute("insert into day_ramps " + RAMP_SUMS.replace("<and>", ""));
        }
    }

    /**
     * Sums {@code day_ramps} and the commitments without a ramp of {@code day_totals} over the announcement days
     * (exact sums: the same as from the deals).
     */
    private static void rebuildRampTotals(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("update provider_totals p set commitments_without_ramp = coalesce((select"
                    + " sum(d.commitments_without_ramp) from day_totals d where d.provider_id = p.provider_id"
                    + " and d.status = p.status), 0)");
            statement.execute("delete from ramp_totals");
            statement.execute("insert into ramp_totals select provider_id, term_start, full_capacity_by"
                    + STATUSES.stream().map(status -> ", sum(case when status = '" + status
                    + "' then stated_gigawatts else 0 end), sum(case when status = '" + status
                    + "' then estimated_gigawatts else 0 end)").collect(Collectors.joining())
                    + " from day_ramps group by provider_id, term_start, full_capacity_by order by 1, 2, 3");
        }
    }

    /** The column of {@code ramp_totals} with the stated gigawatts of a status. */
    public static String statedColumn(String status) {
        return status.toLowerCase(Locale.ROOT) + "_stated";
    }

    /** The column of {@code ramp_totals} with the estimated gigawatts of a status. */
    public static String estimatedColumn(String status) {
        return status.toLowerCase(Locale.ROOT) + "_estimated";
    }

    /** Adds the zero rows of a newly registered provider, so that deal writes only ever update rows. */
    public static void addProvider(Handle handle, String providerId) {
        for (String status : STATUSES) {
            handle.createUpdate("insert into provider_totals (" + PROVIDER_TOTALS_COLUMNS
                            + ") values (:providerId, :status, 0, 0, 0, 0, 0, 0, 0, 0)")
                    .bind("providerId", providerId).bind("status", status).execute();
        }
    }

    /** The current contributions of stored deals, per day, provider and status (empty for no such deals). */
    public static List<Contribution> contributionsOf(Handle handle, List<UUID> dealIds) {
        String day = DAY_SUMS.replace("<commitmentWhere>", " where c.deal_id in (<dealIds>)")
                .replace("<where>", " where d.id in (<dealIds>)");
        String ramps = RAMP_SUMS.replace("<and>", " and d.id in (<dealIds>)");
        Map<List<Object>, List<Ramp>> rampsByDay = handle.createQuery(ramps).bindList("dealIds", dealIds)
                .map((row, context) -> new Ramp(row.getObject("announced_on", LocalDate.class),
                        row.getString("provider_id"), row.getString("status"),
                        row.getObject("term_start", LocalDate.class),
                        row.getObject("full_capacity_by", LocalDate.class), row.getBigDecimal("stated"),
                        row.getBigDecimal("estimated"))).stream()
                .collect(Collectors.groupingBy(ramp -> List.<Object>of(ramp.announcedOn(), ramp.providerId(),
                        ramp.status())));
        return handle.createQuery(day).bindList("dealIds", dealIds)
                .map((row, context) -> {
                    LocalDate announcedOn = row.getObject("announced_on", LocalDate.class);
                    String providerId = row.getString("provider_id");
                    String status = row.getString("status");
                    return new Contribution(announcedOn, providerId, status, row.getLong("deals"),
                            row.getLong("undisclosed"), row.getBigDecimal("low_total"), row.getBigDecimal("high_total"),
                            row.getLong("commitments"), row.getLong("without_power"), row.getLong("without_ramp"),
                            row.getBigDecimal("stated"), row.getBigDecimal("estimated"),
                            rampsByDay.getOrDefault(List.of(announcedOn, providerId, status), List.of()));
                }).list();
    }

    /**
     * What deals about to be stored will contribute, worked out from their rows with the formulas of
     * {@link #contributionsOf} ({@code DAY_SUMS}, {@code RAMP_SUMS}) instead of read back after the insert: one
     * query for the accelerators' power per unit instead of two aggregate queries over the new rows, which were
     * more than half of a bulk import's CPU (docs/benchmarks.md, "Bulk import"). The sums are exact decimals,
     * equal to the database's; {@code RunningTotalsExactnessTest} compares the results with the plain aggregates.
     */
    public static List<Contribution> contributionsOfNew(Handle handle, List<DealRow> deals,
                                                        List<CommitmentRow> commitments) {
        Map<UUID, List<CommitmentRow>> byDeal = commitments.stream()
                .collect(Collectors.groupingBy(CommitmentRow::dealId));
        Map<String, BigDecimal> kilowattsPerUnit = commitments.isEmpty() ? Map.of() : kilowattsPerUnit(handle);
        List<Contribution> contributions = new ArrayList<>(deals.size());
        for (DealRow deal : deals) {
            long withoutPower = 0;
            long withoutRamp = 0;
            BigDecimal stated = BigDecimal.ZERO;
            BigDecimal estimated = BigDecimal.ZERO;
            List<Ramp> ramps = new ArrayList<>();
            List<CommitmentRow> own = byDeal.getOrDefault(deal.id(), List.of());
            for (CommitmentRow commitment : own) {
                BigDecimal commitmentStated = commitment.gigawatts() != null ? commitment.gigawatts() : BigDecimal.ZERO;
                BigDecimal commitmentEstimated = commitment.gigawatts() == null && commitment.units() != null
                        ? estimatedGigawatts(commitment.units(), kilowattsPerUnit.get(commitment.acceleratorId()))
                        : BigDecimal.ZERO;
                boolean hasPower = commitment.gigawatts() != null || commitment.units() != null;
                boolean hasRamp = deal.termStart() != null && commitment.fullCapacityBy() != null && hasPower;
                withoutPower += hasPower ? 0 : 1;
                withoutRamp += hasRamp ? 0 : 1;
                stated = stated.add(commitmentStated);
                estimated = estimated.add(commitmentEstimated);
                if (hasRamp) {
                    ramps.add(new Ramp(deal.announcedOn(), deal.providerId(), deal.status(), deal.termStart(),
                            commitment.fullCapacityBy(), commitmentStated, commitmentEstimated));
                }
            }
            contributions.add(new Contribution(deal.announcedOn(), deal.providerId(), deal.status(), 1,
                    DealMapping.UNDISCLOSED.equals(deal.valueKind()) ? 1 : 0, orZero(deal.valueLow()),
                    orZero(deal.valueHigh()), own.size(), withoutPower, withoutRamp, stated, estimated, ramps));
        }
        return contributions;
    }

    /** Each accelerator's all-in kilowatts per unit, by id. */
    static Map<String, BigDecimal> kilowattsPerUnit(Handle handle) {
        return handle.createQuery("select id, all_in_kilowatts_per_unit from accelerator")
                .reduceRows(new HashMap<String, BigDecimal>(), (map, row) -> {
                    map.put(row.getColumn("id", String.class),
                            row.getColumn("all_in_kilowatts_per_unit", BigDecimal.class));
                    return map;
                });
    }

    /** The power of {@code units} chips of {@code kilowattsPerUnit} each, exactly as {@code ESTIMATED_GW} has it. */
    static BigDecimal estimatedGigawatts(long units, BigDecimal kilowattsPerUnit) {
        return BigDecimal.valueOf(units).multiply(kilowattsPerUnit).multiply(KILO_TO_GIGA);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount != null ? amount : BigDecimal.ZERO;
    }

    /**
     * Subtracts {@code removed} and adds {@code added}: the net change per row, rows updated in key order
     * (provider totals, then days, then ramps per day, then ramps over all days), so that two transactions
     * touching the same rows cannot deadlock; a day or ramp row is created, at zero, the first time it is needed.
     */
    public static void apply(Handle handle, List<Contribution> removed, List<Contribution> added) {
        Map<List<Object>, Contribution> providers = new TreeMap<>(TotalRows.KEY_ORDER);
        Map<List<Object>, Contribution> days = new TreeMap<>(TotalRows.KEY_ORDER);
        Map<List<Object>, Ramp> ramps = new TreeMap<>(TotalRows.KEY_ORDER);
        Map<List<Object>, Map<String, Object>> rampTotals = new TreeMap<>(TotalRows.KEY_ORDER);
        for (int sign : new int[] {-1, 1}) {
            for (Contribution contribution : sign < 0 ? removed : added) {
                Contribution signed = contribution.times(sign);
                providers.merge(List.of(signed.providerId(), signed.status()), signed, Contribution::plus);
                days.merge(List.of(signed.announcedOn(), signed.providerId(), signed.status()), signed,
                        Contribution::plus);
                for (Ramp ramp : signed.ramps()) {
                    ramps.merge(List.of(ramp.announcedOn(), ramp.providerId(), ramp.status(), ramp.termStart(),
                            ramp.fullCapacityBy()), ramp, Ramp::plus);
                    Map<String, Object> total = rampTotals.computeIfAbsent(List.of(ramp.providerId(),
                            ramp.termStart(), ramp.fullCapacityBy()), key -> zeroRampTotal(ramp));
                    total.merge(statedColumn(ramp.status()), ramp.stated(), ProviderTotals::add);
                    total.merge(estimatedColumn(ramp.status()), ramp.estimated(), ProviderTotals::add);
                }
            }
        }
        TotalRows.batch(handle, List.of(APPLY), providers.values().stream().filter(change -> !change.isZero()).toList());
        TotalRows.batch(handle, List.of(ADD_DAY, APPLY_DAY), days.values().stream().filter(change -> !change.isZero()).toList());
        TotalRows.batch(handle, List.of(ADD_RAMP, APPLY_RAMP), ramps.values().stream().filter(change -> !change.isZero())
                .toList());
        TotalRows.batch(handle, List.of(ADD_RAMP_TOTAL, APPLY_RAMP_TOTAL), rampTotals.values().stream()
                .filter(change -> change.values().stream().anyMatch(value -> value instanceof BigDecimal amount
                        && amount.signum() != 0)).toList());
    }

    private static Object add(Object left, Object right) {
        return ((BigDecimal) left).add((BigDecimal) right);
    }

    /** The change of one row of {@code ramp_totals}, bound by name: its key and zero for every status. */
    private static Map<String, Object> zeroRampTotal(Ramp ramp) {
        Map<String, Object> change = new HashMap<>();
        change.put("providerId", ramp.providerId());
        change.put("termStart", ramp.termStart());
        change.put("fullCapacityBy", ramp.fullCapacityBy());
        for (String status : STATUSES) {
            change.put(statedColumn(status), BigDecimal.ZERO);
            change.put(estimatedColumn(status), BigDecimal.ZERO);
        }
        return change;
    }

    /**
     * What some deals announced on one day add to the totals of their provider and status, with their capacity
     * ramps (bound by component name).
     */
    public record Contribution(LocalDate announcedOn, String providerId, String status, long deals, long undisclosed,
                               BigDecimal lowTotal, BigDecimal highTotal, long commitments, long withoutPower,
                               long withoutRamp, BigDecimal stated, BigDecimal estimated, List<Ramp> ramps) {

        Contribution times(int sign) {
            BigDecimal factor = BigDecimal.valueOf(sign);
            return new Contribution(announcedOn, providerId, status, sign * deals, sign * undisclosed,
                    lowTotal.multiply(factor), highTotal.multiply(factor), sign * commitments, sign * withoutPower,
                    sign * withoutRamp, stated.multiply(factor), estimated.multiply(factor),
                    ramps.stream().map(ramp -> ramp.times(factor)).toList());
        }

        /** The sum of two changes; the ramps are summed apart ({@link #apply}). */
        Contribution plus(Contribution other) {
            return new Contribution(announcedOn, providerId, status, deals + other.deals,
                    undisclosed + other.undisclosed, lowTotal.add(other.lowTotal), highTotal.add(other.highTotal),
                    commitments + other.commitments, withoutPower + other.withoutPower,
                    withoutRamp + other.withoutRamp, stated.add(other.stated), estimated.add(other.estimated),
                    List.of());
        }

        boolean isZero() {
            return deals == 0 && undisclosed == 0 && lowTotal.signum() == 0 && highTotal.signum() == 0
                    && commitments == 0 && withoutPower == 0 && withoutRamp == 0 && stated.signum() == 0
                    && estimated.signum() == 0;
        }
    }

    /** The power of some commitments ramping from one start to one full-capacity date (bound by name). */
    public record Ramp(LocalDate announcedOn, String providerId, String status, LocalDate termStart,
                       LocalDate fullCapacityBy, BigDecimal stated, BigDecimal estimated) {

        Ramp times(BigDecimal factor) {
            return new Ramp(announcedOn, providerId, status, termStart, fullCapacityBy, stated.multiply(factor),
                    estimated.multiply(factor));
        }

        Ramp plus(Ramp other) {
            return new Ramp(announcedOn, providerId, status, termStart, fullCapacityBy, stated.add(other.stated),
                    estimated.add(other.estimated));
        }

        boolean isZero() {
            return stated.signum() == 0 && estimated.signum() == 0;
        }
    }
}

package com.computeledger.adapters.persistence.analytics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Running totals per provider and status (table {@code provider_totals}), kept in the same transaction as
 * every deal write, so that market-wide analyses read a few dozen rows instead of every deal
 * (docs/adr/0009). {@link RunningTotalsStatistics} reads them; filters they cannot answer (customer, period)
 * go to the plain aggregates of {@link JdbiMarketStatistics} over the deal table.
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

    /**
     * The contributions of a set of deals, summed per provider and status, with the same formulas as the
     * detail queries of {@link JdbiMarketStatistics}.
     */
    private static final String CONTRIBUTIONS = "select provider_id, status, count(*) as deals,"
            + " sum(undisclosed) as undisclosed, sum(low_total) as low_total, sum(high_total) as high_total,"
            + " sum(commitments) as commitments, sum(without_power) as without_power, sum(stated) as stated,"
            + " sum(estimated) as estimated from (select d.provider_id, d.status,"
            + " case when d.value_kind = 'UNDISCLOSED' then 1 else 0 end as undisclosed,"
            + " coalesce(d.value_low, 0) as low_total, coalesce(d.value_high, 0) as high_total,"
            + " (select count(*) from deal_commitment c where c.deal_id = d.id) as commitments,"
            + " (select count(*) from deal_commitment c where c.deal_id = d.id and c.gigawatts is null"
            + " and c.units is null) as without_power,"
            + " (select coalesce(sum(c.gigawatts), 0) from deal_commitment c where c.deal_id = d.id) as stated,"
            + " (select coalesce(sum(case when c.gigawatts is null then c.units * a.all_in_kilowatts_per_unit"
            + " * 0.000001 end), 0) from deal_commitment c join accelerator a on a.id = c.accelerator_id"
            + " where c.deal_id = d.id) as estimated"
            + " from deal d where d.id in (<dealIds>)) contribution group by provider_id, status";

    private static final String APPLY = "update provider_totals set deals = deals + :sign * :deals,"
            + " undisclosed_deals = undisclosed_deals + :sign * :undisclosed,"
            + " low_total = low_total + :sign * :lowTotal, high_total = high_total + :sign * :highTotal,"
            + " commitments = commitments + :sign * :commitments,"
            + " commitments_without_power = commitments_without_power + :sign * :withoutPower,"
            + " stated_gigawatts = stated_gigawatts + :sign * :stated,"
            + " estimated_gigawatts = estimated_gigawatts + :sign * :estimated"
            + " where provider_id = :providerId and status = :status";

    private ProviderTotals() {
    }

    /** Creates the table and fills it from the deals already stored (migration V3). */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
        }
        rebuild(connection);
    }

    /**
     * Recomputes every row from the deal tables: after a bulk load that bypassed the repositories (the
     * benchmark's loader), or to repair totals by hand. Runs in the caller's transaction.
     */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from provider_totals");
            for (String status : STATUSES) {
                statement.execute("insert into provider_totals select p.id, '" + status + "',"
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

    /** Adds the zero rows of a newly registered provider, so that deal writes only ever update rows. */
    public static void addProvider(Handle handle, String providerId) {
        for (String status : STATUSES) {
            handle.createUpdate("insert into provider_totals values (:providerId, :status, 0, 0, 0, 0, 0, 0, 0, 0)")
                    .bind("providerId", providerId).bind("status", status).execute();
        }
    }

    /** The current contributions of stored deals, per provider and status (empty for no such deals). */
    public static List<Contribution> contributionsOf(Handle handle, List<UUID> dealIds) {
        return handle.createQuery(CONTRIBUTIONS).bindList("dealIds", dealIds)
                .map(ConstructorMapper.of(Contribution.class)).list();
    }

    /**
     * Subtracts {@code removed} and adds {@code added}; rows are updated in key order, so that two
     * transactions touching the same two rows cannot deadlock.
     */
    public static void apply(Handle handle, List<Contribution> removed, List<Contribution> added) {
        Stream.concat(removed.stream().map(contribution -> new SignedContribution(-1, contribution)),
                        added.stream().map(contribution -> new SignedContribution(1, contribution)))
                .sorted(Comparator.comparing((SignedContribution change) -> change.contribution().providerId())
                        .thenComparing(change -> change.contribution().status()))
                .forEach(change -> handle.createUpdate(APPLY).bind("sign", change.sign())
                        .bindMethods(change.contribution()).execute());
    }

    /** A contribution to add (+1) or to subtract (-1). */
    private record SignedContribution(int sign, Contribution contribution) {
    }

    /** What some deals add to the totals row of their provider and status (bound and read by component name). */
    public record Contribution(String providerId, String status, long deals, long undisclosed, BigDecimal lowTotal,
                               BigDecimal highTotal, long commitments, long withoutPower, BigDecimal stated,
                               BigDecimal estimated) {
    }
}

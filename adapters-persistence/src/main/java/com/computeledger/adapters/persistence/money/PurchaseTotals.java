package com.computeledger.adapters.persistence.money;

import com.computeledger.adapters.persistence.TotalRows;
import com.computeledger.adapters.persistence.deal.DealMapping;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Running totals of the deals read as compute purchases (docs/adr/0026, 0032): per customer key, spelling, provider
 * and status, kept in the same transaction as every deal write, so that the money-flow analyses over the whole
 * market read a few thousand rows instead of grouping the deal table. The spelling is part of the key so that the
 * label a reader takes (the least spelling among the customer's counted deals) stays exact through revisions.
 */
public final class PurchaseTotals {

    private static final String CREATE_TABLE = "create table if not exists purchase_totals ("
            + " customer_key varchar(200) not null,"
            + " customer varchar(200) not null,"
            + " provider_id varchar(64) not null references provider (id),"
            + " status varchar(16) not null,"
            + " deals bigint not null,"
            + " undisclosed_deals bigint not null,"
            + " low_total numeric(30, 2) not null,"
            + " high_total numeric(30, 2) not null,"
            + " primary key (customer_key, customer, provider_id, status))";

    /** The sums of some deals per key of {@code purchase_totals}; {@code <where>} picks the deals. */
    private static final String SUMS = "select customer_key, customer, provider_id, status, count(*) as deals,"
            + " sum(case when value_kind = '" + DealMapping.UNDISCLOSED + "' then 1 else 0 end) as undisclosed,"
            + " coalesce(sum(value_low), 0) as low_total, coalesce(sum(value_high), 0) as high_total"
            + " from deal<where> group by customer_key, customer, provider_id, status";

    private static final String ADD = "insert into purchase_totals values (:customerKey, :customer, :providerId,"
            + " :status, 0, 0, 0, 0) on conflict do nothing";
    private static final String APPLY = "update purchase_totals set deals = deals + :deals,"
            + " undisclosed_deals = undisclosed_deals + :undisclosed, low_total = low_total + :lowTotal,"
            + " high_total = high_total + :highTotal where customer_key = :customerKey and customer = :customer"
            + " and provider_id = :providerId and status = :status";

    private PurchaseTotals() {
    }

    /**
     * Creates {@code purchase_totals} unless it exists and fills it from the deals already stored (migration V11; a
     * test that seeds an older ledger through today's repositories makes the table ahead).
     */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
        }
        rebuild(connection);
    }

    /** Recomputes every row from the deal table, in the caller's transaction. */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from purchase_totals");
            statement.execute("insert into purchase_totals " + SUMS.replace("<where>", ""));
        }
    }

    /** What stored deals contribute now (nothing for ids not stored). */
    public static List<Purchases> of(Handle handle, List<UUID> dealIds) {
        return handle.createQuery(SUMS.replace("<where>", " where id in (<dealIds>)")).bindList("dealIds", dealIds)
                .map((row, context) -> new Purchases(row.getString("customer_key"), row.getString("customer"),
                        row.getString("provider_id"), row.getString("status"), row.getLong("deals"),
                        row.getLong("undisclosed"), row.getBigDecimal("low_total"), row.getBigDecimal("high_total")))
                .list();
    }

    /** What deals about to be stored will contribute, from their rows (the formulas of {@code SUMS}). */
    public static List<Purchases> ofNew(List<DealRow> deals) {
        return deals.stream().map(deal -> new Purchases(deal.customerKey(), deal.customer(), deal.providerId(),
                deal.status(), 1, DealMapping.UNDISCLOSED.equals(deal.valueKind()) ? 1 : 0, orZero(deal.valueLow()),
                orZero(deal.valueHigh()))).toList();
    }

    /**
     * Subtracts {@code removed} and adds {@code added}: the net change per row, rows created at zero when first
     * needed and updated in key order, so that two transactions touching the same rows cannot deadlock.
     */
    public static void apply(Handle handle, List<Purchases> removed, List<Purchases> added) {
        Map<List<Object>, Purchases> changes = new TreeMap<>(TotalRows.KEY_ORDER);
        removed.forEach(purchases -> changes.merge(purchases.key(), purchases.negated(), Purchases::plus));
        added.forEach(purchases -> changes.merge(purchases.key(), purchases, Purchases::plus));
        TotalRows.batch(handle, List.of(ADD, APPLY), changes.values().stream().filter(change -> !change.isZero())
                .toList());
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount != null ? amount : BigDecimal.ZERO;
    }

    /** What some deals of one customer spelling, provider and status add to the totals (bound by name). */
    public record Purchases(String customerKey, String customer, String providerId, String status, long deals,
                            long undisclosed, BigDecimal lowTotal, BigDecimal highTotal) {

        List<Object> key() {
            return List.of(customerKey, customer, providerId, status);
        }

        Purchases negated() {
            return new Purchases(customerKey, customer, providerId, status, -deals, -undisclosed, lowTotal.negate(),
                    highTotal.negate());
        }

        Purchases plus(Purchases other) {
            return new Purchases(customerKey, customer, providerId, status, deals + other.deals,
                    undisclosed + other.undisclosed, lowTotal.add(other.lowTotal), highTotal.add(other.highTotal));
        }

        boolean isZero() {
            return deals == 0 && undisclosed == 0 && lowTotal.signum() == 0 && highTotal.signum() == 0;
        }
    }
}

package com.computeledger.adapters.persistence.money;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.adapters.persistence.deal.DealMapping;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.DealPurchases;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowArchive;
import com.computeledger.domain.money.MoneyFlowChange;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowHistoryEntry;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.money.RecordedFlow;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The money-flow out-port on the {@code money_flow} tables (plain JDBI statements, as {@code DealReads} explains):
 * a flow's row, its sources and its history are written in the caller's transaction; values are stored as a deal's
 * are ({@code value_kind}, both ends, the exact amount at both). The deals are summed per customer and provider here
 * too, so the graph never loads them one by one: from {@link PurchaseTotals} without a period, from the deal table
 * with one.
 */
public final class JdbiMoneyFlowRepository implements MoneyFlowRepository {

    private static final String COLUMNS = "id, kind, payer_id, payee_id, announced_on, term_start, term_months,"
            + " value_kind, value_low, value_high, currency, value_confidence, version, recorded_at, updated_at";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiMoneyFlowRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void restore(MoneyFlowArchive archived) {
        MoneyFlow flow = archived.flow();
        SqlErrors.insertNew("money flow", flow.id(), () -> unitOfWork.withHandle(handle -> {
            bindRow(handle.createUpdate("insert into money_flow (" + COLUMNS + ") values (:id, :kind, :payer, :payee,"
                            + " :announcedOn, :termStart, :termMonths, :valueKind, :low, :high, :currency, :confidence,"
                            + " :version, :recordedAt, :updatedAt)"), flow)
                    .bind("recordedAt", flow.recordedAt().atOffset(ZoneOffset.UTC))
                    .execute();
            insertSources(handle, flow);
            archived.history().forEach(entry -> addHistory(handle, entry));
            return null;
        }));
    }

    @Override
    public void save(MoneyFlowChange revised) {
        MoneyFlow flow = revised.flow();
        unitOfWork.withHandle(handle -> {
            int updated = bindRow(handle.createUpdate("update money_flow set kind = :kind, payer_id = :payer,"
                            + " payee_id = :payee, announced_on = :announcedOn, term_start = :termStart,"
                            + " term_months = :termMonths, value_kind = :valueKind, value_low = :low, value_high = :high,"
                            + " currency = :currency, value_confidence = :confidence, version = :version,"
                            + " updated_at = :updatedAt where id = :id and version = :expectedVersion"), flow)
                    .bind("expectedVersion", flow.version() - 1)
                    .execute();
            if (updated == 0) {
                throw new StaleVersionException("money flow", flow.id(), flow.version() - 1);
            }
            handle.createUpdate("delete from money_flow_source where flow_id = :id").bind("id", flow.id().value())
                    .execute();
            insertSources(handle, flow);
            addHistory(handle, revised.historyEntry());
            return null;
        });
    }

    /** Binds the columns an insert and an update of the flow's row share: all but {@code recorded_at}. */
    private static Update bindRow(Update update, MoneyFlow flow) {
        MoneyFlowDetails details = flow.details();
        return update
                .bind("id", flow.id().value()).bind("kind", details.kind().name())
                .bind("payer", details.payer().value()).bind("payee", details.payee().value())
                .bind("announcedOn", details.announcedOn())
                .bind("termStart", details.term().start().orElse(null))
                .bind("termMonths", details.term().durationMonths().orElse(null))
                .bind("valueKind", DealMapping.valueKind(details.value()))
                .bind("low", details.value().lowerBound().map(Money::amount).orElse(null))
                .bind("high", details.value().upperBound().map(Money::amount).orElse(null))
                .bind("currency", Money.USD.getCurrencyCode())
                .bind("confidence", details.valueConfidence().name()).bind("version", flow.version())
                .bind("updatedAt", flow.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private static void insertSources(Handle handle, MoneyFlow flow) {
        List<Source> sources = flow.details().sources();
        for (int position = 0; position < sources.size(); position++) {
            Source source = sources.get(position);
            handle.createUpdate("insert into money_flow_source (flow_id, position, title, address, published_on)"
                            + " values (:id, :position, :title, :address, :publishedOn)")
                    .bind("id", flow.id().value()).bind("position", position).bind("title", source.title())
                    .bind("address", source.address().toString()).bind("publishedOn", source.publishedOn())
                    .execute();
        }
    }

    @Override
    public Optional<MoneyFlow> findById(MoneyFlowId id) {
        return unitOfWork.withHandle(handle -> read(handle, " where id = :flowId",
                query -> query.bind("flowId", id.value()), "flow_id = :flowId").stream().findFirst());
    }

    @Override
    public List<MoneyFlow> search(MoneyFlowFilter filter, Optional<MoneyFlowId> after, int limit) {
        String where = where(filter) + after.map(id -> " and id > :after").orElse("");
        return unitOfWork.withHandle(handle -> read(handle, " where " + where + " order by id limit " + limit,
                query -> {
                    after.ifPresent(id -> query.bind("after", id.value()));
                    return bindFilter(query, filter);
                },
                "flow_id in (select id from money_flow where " + where + " order by id limit " + limit + ")"));
    }

    @Override
    public List<MoneyFlow> findAll(MoneyFlowFilter filter) {
        String where = where(filter);
        return unitOfWork.withHandle(handle -> read(handle, " where " + where + " order by id",
                query -> bindFilter(query, filter), "flow_id in (select id from money_flow where " + where + ")"));
    }

    @Override
    public List<RecordedFlow> graphFlows(MoneyFlowFilter filter) {
        return unitOfWork.withHandle(handle -> bindFilter(handle.createQuery("select id, kind, payer_id, payee_id,"
                        + " value_kind, value_low, value_high, currency from money_flow where " + where(filter)
                        + " order by id"), filter)
                .map((row, context) -> new RecordedFlow(new MoneyFlowId(row.getObject("id", UUID.class)),
                        MoneyFlowKind.valueOf(row.getString("kind")), new OrganisationId(row.getString("payer_id")),
                        new OrganisationId(row.getString("payee_id")), DealMapping.value(row.getString("value_kind"),
                        row.getBigDecimal("value_low"), row.getBigDecimal("value_high"), row.getString("currency"),
                        "money flow " + row.getString("id"))))
                .list());
    }

    @Override
    public List<MoneyFlowHistoryEntry> history(MoneyFlowId id) {
        return unitOfWork.withHandle(handle -> {
            Map<Long, List<FieldChange>> changes = new HashMap<>();
            handle.createQuery("select version, field, before_value, after_value from money_flow_history_change"
                            + " where flow_id = :id order by version, position")
                    .bind("id", id.value())
                    .map((row, context) -> changes.computeIfAbsent(row.getLong("version"), key -> new ArrayList<>())
                            .add(new FieldChange(row.getString("field"),
                                    Optional.ofNullable(row.getString("before_value")),
                                    Optional.ofNullable(row.getString("after_value")))))
                    .list();
            return handle.createQuery("select version, kind, actor, occurred_at from money_flow_history"
                            + " where flow_id = :id order by version")
                    .bind("id", id.value())
                    .map((row, context) -> new MoneyFlowHistoryEntry(id, row.getLong("version"),
                            DealChangeKind.valueOf(row.getString("kind")), new Actor(row.getString("actor")),
                            row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            changes.getOrDefault(row.getLong("version"), List.of())))
                    .list();
        });
    }

    @Override
    public List<DealPurchases> dealPurchases(Optional<LocalDate> from, Optional<LocalDate> to) {
        String where = " where status <> 'CANCELLED'" + from.map(date -> " and announced_on >= :from").orElse("")
                + to.map(date -> " and announced_on <= :to").orElse("");
        // Without a period, the running totals per customer spelling, provider and status (ADR 0032); with one, the
        // deals themselves, every column read here held by deal_by_announced_on so that no row is looked up in the
        // table. Either way the rows are summed here, per customer and provider, in one hash map (ADR 0038).
        String rows = from.isEmpty() && to.isEmpty()
                ? "purchase_totals" + where + " and deals > 0"
                : "deal" + where;
        List<String> figures = from.isEmpty() && to.isEmpty()
                ? List.of("deals", "undisclosed_deals", "low_total", "high_total")
                : List.of("1", "case when value_kind = '" + DealMapping.UNDISCLOSED + "' then 1 else 0 end",
                        "value_low", "value_high");
        return unitOfWork.withHandle(handle -> {
            boolean grouped = !groupsSlowly(handle);
            Query query = handle.createQuery("select customer_key, customer, provider_id, " + figures.stream()
                    .map(figure -> grouped ? "sum(" + figure + ")" : figure).collect(Collectors.joining(", "))
                    + " from " + rows + (grouped ? " group by customer_key, customer, provider_id" : ""));
            from.ifPresent(date -> query.bind("from", date));
            to.ifPresent(date -> query.bind("to", date));
            PurchaseSums sums = new PurchaseSums();
            return query.scanResultSet((results, context) -> {
                ResultSet row = results.get();
                while (row.next()) {
                    sums.add(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
                            row.getBigDecimal(6), row.getBigDecimal(7));
                }
                return sums.purchases();
            });
        });
    }

    /**
     * Whether the handle's database is H2, which groups in a sorted map compared value by value, more slowly than
     * its rows are summed here; a database that groups by hash (PostgreSQL) sums them per spelling and provider
     * faster than it can send them (docs/adr/0038).
     */
    private static boolean groupsSlowly(Handle handle) {
        try {
            return "H2".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException failure) {
            throw new UnableToExecuteStatementException(failure, null);
        }
    }

    private static void addHistory(Handle handle, MoneyFlowHistoryEntry entry) {
        handle.createUpdate("insert into money_flow_history (flow_id, version, kind, actor, occurred_at)"
                        + " values (:id, :version, :kind, :actor, :occurredAt)")
                .bind("id", entry.flowId().value()).bind("version", entry.version()).bind("kind", entry.kind().name())
                .bind("actor", entry.actor().name()).bind("occurredAt", entry.occurredAt().atOffset(ZoneOffset.UTC))
                .execute();
        for (int position = 0; position < entry.changes().size(); position++) {
            FieldChange change = entry.changes().get(position);
            handle.createUpdate("insert into money_flow_history_change (flow_id, version, position, field,"
                            + " before_value, after_value) values (:id, :version, :position, :field, :before, :after)")
                    .bind("id", entry.flowId().value()).bind("version", entry.version()).bind("position", position)
                    .bind("field", change.field()).bind("before", change.before().orElse(null))
                    .bind("after", change.after().orElse(null)).execute();
        }
    }

    /**
     * The flows {@code where} finds, with their sources (read by {@code sourcesWhere} in one more statement), each as
     * one state the ledger had. The two statements each see what was committed when they began, so a revision
     * committed between them would pair a flow with another version's sources; every revision changes the flow's
     * version, so the versions read before the sources show it, and those flows are read again with their rows
     * locked, which keeps writers off them until this transaction ends (docs/adr/0037).
     */
    private static List<MoneyFlow> read(Handle handle, String where, UnaryOperator<Query> bind,
                                        String sourcesWhere) {
        Map<UUID, Long> versions = new HashMap<>();
        bind.apply(handle.createQuery("select id, version from money_flow" + where))
                .map((row, context) -> Map.entry(row.getObject("id", UUID.class), row.getLong("version")))
                .forEach(version -> versions.put(version.getKey(), version.getValue()));
        List<MoneyFlow> flows = readAsStored(handle, where, bind, sourcesWhere);
        Set<UUID> changed = flows.stream().filter(flow -> !Long.valueOf(flow.version()).equals(versions.get(
                flow.id().value()))).map(flow -> flow.id().value()).collect(Collectors.toSet());
        if (changed.isEmpty()) {
            return flows;
        }
        List<UUID> moved = List.copyOf(changed);
        handle.createQuery("select id from money_flow where id in (<ids>) for update").bindList("ids", moved)
                .mapTo(UUID.class).list();
        Map<UUID, MoneyFlow> reread = new HashMap<>();
        readAsStored(handle, " where id in (<ids>)", query -> query.bindList("ids", moved), "flow_id in (<ids>)")
                .forEach(flow -> reread.put(flow.id().value(), flow));
        return flows.stream().map(flow -> changed.contains(flow.id().value()) ? reread.get(flow.id().value()) : flow)
                .filter(Objects::nonNull).toList();
    }

    /** The flows {@code where} finds and the sources {@code sourcesWhere} finds, as each statement sees them. */
    private static List<MoneyFlow> readAsStored(Handle handle, String where, UnaryOperator<Query> bind,
                                                String sourcesWhere) {
        Map<UUID, List<Source>> sources = new HashMap<>();
        bind.apply(handle.createQuery("select flow_id, title, address, published_on from money_flow_source where "
                        + sourcesWhere + " order by flow_id, position"))
                .map((row, context) -> sources.computeIfAbsent(row.getObject("flow_id", UUID.class),
                        key -> new ArrayList<>()).add(new Source(row.getString("title"),
                        URI.create(row.getString("address")), row.getObject("published_on", LocalDate.class))))
                .list();
        Map<UUID, MoneyFlow> flows = new LinkedHashMap<>();
        bind.apply(handle.createQuery("select " + COLUMNS + " from money_flow" + where))
                .map((row, context) -> flow(row, sources))
                .forEach(flow -> flows.put(flow.id().value(), flow));
        return new ArrayList<>(flows.values());
    }

    private static MoneyFlow flow(ResultSet row, Map<UUID, List<Source>> sources) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Integer termMonths = (Integer) row.getObject("term_months");
        MoneyFlowDetails details = new MoneyFlowDetails(MoneyFlowKind.valueOf(row.getString("kind")),
                new OrganisationId(row.getString("payer_id")), new OrganisationId(row.getString("payee_id")),
                row.getObject("announced_on", LocalDate.class),
                new Term(Optional.ofNullable(row.getObject("term_start", LocalDate.class)),
                        Optional.ofNullable(termMonths)),
                DealMapping.value(row.getString("value_kind"), row.getBigDecimal("value_low"),
                        row.getBigDecimal("value_high"), row.getString("currency"), "money flow " + id),
                ValueConfidence.valueOf(row.getString("value_confidence")), sources.getOrDefault(id, List.of()));
        return MoneyFlow.rehydrate(new MoneyFlowId(id), details, row.getLong("version"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static String where(MoneyFlowFilter filter) {
        return "1 = 1" + filter.kind().map(kind -> " and kind = :kind").orElse("")
                + filter.organisation().map(id -> " and (payer_id = :organisation or payee_id = :organisation)")
                        .orElse("")
                + filter.from().map(date -> " and announced_on >= :from").orElse("")
                + filter.to().map(date -> " and announced_on <= :to").orElse("");
    }

    private static Query bindFilter(Query query, MoneyFlowFilter filter) {
        filter.kind().ifPresent(kind -> query.bind("kind", kind.name()));
        filter.organisation().ifPresent(id -> query.bind("organisation", id.value()));
        filter.from().ifPresent(date -> query.bind("from", date));
        filter.to().ifPresent(date -> query.bind("to", date));
        return query;
    }

}

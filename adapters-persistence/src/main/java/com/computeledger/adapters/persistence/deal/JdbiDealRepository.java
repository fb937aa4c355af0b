package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import com.computeledger.adapters.persistence.deal.DealRows.ChangeRow;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.money.PurchaseTotals;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The deal out-port on the deal tables. A deal is one {@code deal} row plus ordered commitment and source
 * rows, and its history; a change replaces the child rows and appends its history entry in the same
 * transaction, and every write moves the deal's contribution in {@link ProviderTotals} and {@link PurchaseTotals}.
 * Pages are read by keyset (the last row's sort key and id), never by offset, and their children with one {@code IN}
 * query per table.
 */
public final class JdbiDealRepository implements DealRepository {

    /** The column each sort field orders by: the one thing about sorting that storage adds. */
    private static final Map<DealSort.Field, String> SORT_COLUMNS = Map.of(DealSort.Field.ANNOUNCED_ON, "d.announced_on",
            DealSort.Field.RECORDED_AT, "d.recorded_at", DealSort.Field.CUSTOMER, "d.customer_key");

    private final JdbiUnitOfWork unitOfWork;

    public JdbiDealRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void addAll(List<DealChange> recorded) {
        insert(recorded.stream().map(DealChange::deal).toList(),
                recorded.stream().map(DealChange::historyEntry).toList());
    }

    @Override
    public void restoreAll(List<DealArchive> archived) {
        insert(archived.stream().map(DealArchive::deal).toList(),
                archived.stream().flatMap(archive -> archive.history().stream()).toList());
    }

    /** Inserts new deals, their children and their history entries in one go, and adds their contributions. */
    private void insert(List<Deal> batch, List<DealHistoryEntry> history) {
        if (batch.isEmpty()) {
            return;
        }
        SqlErrors.insertNew("deal", batch.get(0).id(), () -> unitOfWork.withHandle(handle -> {
            DealDao dao = handle.attach(DealDao.class);
            List<DealRow> rows = batch.stream().map(DealMapping::toRow).toList();
            List<CommitmentRow> commitments = batch.stream()
                    .flatMap(deal -> DealMapping.commitmentRows(deal).stream()).toList();
            dao.insertAll(rows);
            dao.insertCommitments(commitments);
            dao.insertSources(batch.stream().flatMap(deal -> DealMapping.sourceRows(deal).stream()).toList());
            appendHistory(dao, history);
            ProviderTotals.apply(handle, List.of(), ProviderTotals.contributionsOfNew(handle, rows, commitments));
            PurchaseTotals.apply(handle, List.of(), PurchaseTotals.ofNew(rows));
            return null;
        }));
    }

    @Override
    public void save(DealChange change) {
        Deal deal = change.deal();
        long expectedVersion = deal.version() - 1;
        unitOfWork.withHandle(handle -> {
            DealDao dao = handle.attach(DealDao.class);
            List<ProviderTotals.Contribution> before = ProviderTotals.contributionsOf(handle,
                    List.of(deal.id().value()));
            List<PurchaseTotals.Purchases> purchasesBefore = PurchaseTotals.of(handle, List.of(deal.id().value()));
            DealRow row = DealMapping.toRow(deal);
            if (dao.update(row, expectedVersion) == 0) {
                throw new StaleVersionException(deal.id(), expectedVersion);
            }
            dao.deleteCommitments(deal.id().value());
            dao.deleteSources(deal.id().value());
            dao.insertCommitments(DealMapping.commitmentRows(deal));
            dao.insertSources(DealMapping.sourceRows(deal));
            appendHistory(dao, List.of(change.historyEntry()));
            ProviderTotals.apply(handle, before, ProviderTotals.contributionsOf(handle, List.of(deal.id().value())));
            PurchaseTotals.apply(handle, purchasesBefore, PurchaseTotals.ofNew(List.of(row)));
            return null;
        });
    }

    @Override
    public Optional<Deal> findById(DealId id) {
        return unitOfWork.withHandle(handle -> DealReads.dealById(handle, id.value())
                .map(row -> withChildren(handle, List.of(row)).get(0)));
    }

    @Override
    public List<Deal> findAllById(List<DealId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unitOfWork.withHandle(handle -> withChildren(handle, DealReads.dealsById(handle, uuids(ids))));
    }

    @Override
    public long count() {
        return unitOfWork.withHandle(handle -> handle.createQuery("select count(*) from deal").mapTo(Long.class).one());
    }

    @Override
    public DealPage search(DealFilter filter, DealSort sort, Optional<DealCursor> after, int limit) {
        DealFilterSql sql = DealFilterSql.of(filter);
        String column = SORT_COLUMNS.get(sort.field());
        String comparison = sort.descending() ? "<" : ">";
        // The leading "column <= key" (or ">=") lets the index seek straight to the cursor, so a page deep in
        // the list costs what the first one does; the rest of the condition breaks ties by id.
        after.ifPresent(cursor -> sql.add(column + " " + comparison + "= :afterKey and (" + column + " "
                + comparison + " :afterKey or d.id " + comparison + " :afterId)",
                Map.of("afterKey", sqlValue(cursor.lastKey()), "afterId", cursor.lastId().value())));
        String direction = sort.descending() ? " desc" : " asc";
        // One provider's deals by day are in the order of deal_by_provider (provider, day, id). H2 reads that index in
        // order and stops after the page only when the order names the provider first and the day is bounded: its
        // cost model charges an index for the columns a condition leaves unused, so with the provider alone it
        // prefers its own one-column index on the foreign key and sorts all that provider's deals (docs/adr/0031).
        // A later page is bounded by its cursor; the first by the earliest day stored, which excludes nothing.
        boolean oneProviderByDay = filter.providerId().isPresent() && sort.field() == DealSort.Field.ANNOUNCED_ON;
        if (oneProviderByDay && after.isEmpty()) {
            sql.add("d.announced_on >= (select min(earliest.announced_on) from deal earliest)", Map.of());
        }
        sql.with("limit", limit + 1);
        String query = "select " + DealRows.SELECT_COLUMNS + " from deal d" + sql.where() + " order by "
                + (oneProviderByDay ? "d.provider_id" + direction + ", " : "") + column + direction + ", d.id"
                + direction + " limit :limit";
        return unitOfWork.withHandle(handle -> {
            List<DealRow> rows = DealReads.deals(handle, sql.positional(query), sql.values(query));
            List<Deal> deals = withChildren(handle, rows.subList(0, Math.min(limit, rows.size())));
            Optional<DealCursor> next = rows.size() > limit
                    ? Optional.of(DealCursor.after(deals.get(deals.size() - 1), sort)) : Optional.empty();
            return new DealPage(deals, next);
        });
    }

    @Override
    public Map<DealId, List<DealHistoryEntry>> histories(List<DealId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return unitOfWork.withHandle(handle -> {
            Map<UUID, Map<Long, List<ChangeRow>>> changes = DealReads.changesOf(handle, uuids(ids)).stream()
                    .collect(Collectors.groupingBy(ChangeRow::dealId, Collectors.groupingBy(ChangeRow::version)));
            return DealReads.historyOf(handle, uuids(ids)).stream()
                    .map(row -> DealMapping.toHistoryEntry(row, changes.getOrDefault(row.dealId(), Map.of())
                            .getOrDefault(row.version(), List.of())))
                    .collect(Collectors.groupingBy(DealHistoryEntry::dealId));
        });
    }

    private static List<UUID> uuids(List<DealId> ids) {
        return ids.stream().map(DealId::value).distinct().toList();
    }

    /** Keeps history entries; entries are never changed or removed. */
    private static void appendHistory(DealDao dao, List<DealHistoryEntry> entries) {
        dao.insertHistories(entries.stream().map(DealMapping::historyRow).toList());
        dao.insertChanges(entries.stream().flatMap(entry -> DealMapping.changeRows(entry).stream()).toList());
    }

    /**
     * The deals of {@code rows} with their commitments and sources, each as one state the ledger had. The rows and
     * their children are read by separate statements, and each statement sees what was committed when it began (H2
     * and PostgreSQL alike, at the read-committed level; H2's stricter levels fix each table's snapshot only at its
     * first use), so a revision committed in between would pair a deal with another version's children. Every
     * change of a deal's children changes its version, and the last statement, the sources', reads the versions
     * too: a deal whose version moved is read again with its row locked, which keeps writers off it until this
     * transaction ends (docs/adr/0037).
     */
    private static List<Deal> withChildren(Handle handle, List<DealRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(DealRow::id).toList();
        Map<UUID, List<CommitmentRow>> commitments = DealReads.commitmentsOf(handle, ids).stream()
                .collect(Collectors.groupingBy(CommitmentRow::dealId));
        DealReads.SourcesRead sources = DealReads.sourcesOf(handle, ids);
        Set<UUID> changed = rows.stream()
                .filter(row -> !Long.valueOf(row.version()).equals(sources.versions().get(row.id())))
                .map(DealRow::id).collect(Collectors.toSet());
        Map<UUID, Deal> reread = changed.isEmpty() ? Map.of()
                : withChildren(handle, DealReads.lockedDealsById(handle, List.copyOf(changed))).stream()
                        .collect(Collectors.toMap(deal -> deal.id().value(), deal -> deal));
        return rows.stream().map(row -> changed.contains(row.id()) ? reread.get(row.id())
                        : DealMapping.toDeal(row, commitments.getOrDefault(row.id(), List.of()),
                                sources.sources().getOrDefault(row.id(), List.of())))
                .filter(Objects::nonNull).toList();
    }

    /** A typed cursor key as the column holds it: instants are stored with their UTC offset. */
    private static Object sqlValue(Comparable<?> key) {
        return key instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : key;
    }
}

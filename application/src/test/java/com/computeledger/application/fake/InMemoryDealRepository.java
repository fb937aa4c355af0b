package com.computeledger.application.fake;

import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The deal out-port in memory, ordering and paging exactly as the SQL adapter does (ids compared as text). */
public final class InMemoryDealRepository implements DealRepository {

    private final Map<DealId, Deal> deals = new ConcurrentHashMap<>();
    private final List<DealHistoryEntry> history = new ArrayList<>();

    @Override
    public void addAll(List<DealChange> recorded) {
        recorded.forEach(change -> {
            if (deals.putIfAbsent(change.deal().id(), change.deal()) != null) {
                throw new AlreadyExistsException("deal", change.deal().id());
            }
            appendHistory(change.historyEntry());
        });
    }

    @Override
    public void restoreAll(List<DealArchive> archived) {
        archived.forEach(archive -> {
            if (deals.putIfAbsent(archive.id(), archive.deal()) != null) {
                throw new AlreadyExistsException("deal", archive.id());
            }
            archive.history().forEach(this::appendHistory);
        });
    }

    @Override
    public void save(DealChange change) {
        Deal deal = change.deal();
        Deal stored = deals.get(deal.id());
        if (stored == null || stored.version() != deal.version() - 1 || !deals.replace(deal.id(), stored, deal)) {
            throw new StaleVersionException(deal.id(), deal.version() - 1);
        }
        appendHistory(change.historyEntry());
    }

    @Override
    public Optional<Deal> findById(DealId id) {
        return Optional.ofNullable(deals.get(id));
    }

    @Override
    public List<Deal> findAllById(List<DealId> ids) {
        return ids.stream().distinct().map(deals::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long count() {
        return deals.size();
    }

    @Override
    public DealPage search(DealFilter filter, DealSort sort, Optional<DealCursor> after, int limit) {
        Comparator<Position> order = sort.descending() ? Comparator.<Position>naturalOrder().reversed()
                : Comparator.naturalOrder();
        List<Deal> matching = deals.values().stream()
                .filter(filter::matches)
                .filter(deal -> after.map(cursor -> order.compare(Position.of(deal, sort), Position.of(cursor)) > 0)
                        .orElse(true))
                .sorted(Comparator.comparing(deal -> Position.of(deal, sort), order))
                .limit(limit + 1L)
                .toList();
        List<Deal> page = matching.subList(0, Math.min(limit, matching.size()));
        return new DealPage(page, matching.size() > limit
                ? Optional.of(DealCursor.after(page.get(page.size() - 1), sort)) : Optional.empty());
    }

    /** Every stored deal that matches {@code filter}, for the in-memory statistics. */
    List<Deal> matching(DealFilter filter) {
        return deals.values().stream().filter(filter::matches).toList();
    }

    private synchronized void appendHistory(DealHistoryEntry entry) {
        history.add(entry);
    }

    @Override
    public synchronized Map<DealId, List<DealHistoryEntry>> histories(List<DealId> ids) {
        return history.stream().filter(entry -> ids.contains(entry.dealId()))
                .sorted(Comparator.comparingLong(DealHistoryEntry::version))
                .collect(Collectors.groupingBy(DealHistoryEntry::dealId));
    }

    /** A deal's place in a listing: its typed sort key, then its id as text (how SQL orders a uuid). */
    private record Position(Comparable<Object> key, String id) implements Comparable<Position> {

        @SuppressWarnings("unchecked")
        static Position of(Deal deal, DealSort sort) {
            return new Position((Comparable<Object>) sort.field().keyOf(deal), deal.id().toString());
        }

        @SuppressWarnings("unchecked")
        static Position of(DealCursor cursor) {
            return new Position((Comparable<Object>) cursor.lastKey(), cursor.lastId().toString());
        }

        @Override
        public int compareTo(Position other) {
            int byKey = key.compareTo(other.key);
            return byKey != 0 ? byKey : id.compareTo(other.id);
        }
    }
}

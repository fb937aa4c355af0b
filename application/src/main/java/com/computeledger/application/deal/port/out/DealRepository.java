package com.computeledger.application.deal.port.out;

import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Out-port: stores and loads deals together with their history; each change is stored with its history entry. */
public interface DealRepository {

    /** Stores a recorded deal and its first history entry; fails with {@code AlreadyExistsException} when its id is taken. */
    default void add(DealChange recorded) {
        addAll(List.of(recorded));
    }

    /** Stores recorded deals and their first history entries in one go (a bulk import); all ids must be free. */
    void addAll(List<DealChange> recorded);

    /**
     * Stores deals restored from a backup, each with its whole history as archived (a restore); all ids must be
     * free.
     */
    void restoreAll(List<DealArchive> archived);

    /**
     * Stores a changed deal and its history entry over the version it was changed from (its version minus one).
     *
     * @throws StaleVersionException when another change got there first (the stored deal is at another version)
     */
    void save(DealChange change);

    Optional<Deal> findById(DealId id);

    /** The deals stored under any of {@code ids}, in no particular order; an id with no deal is left out. */
    List<Deal> findAllById(List<DealId> ids);

    /** How many deals are stored. */
    long count();

    /** Up to {@code limit} deals that match {@code filter}, in {@code sort} order, after {@code after}. */
    DealPage search(DealFilter filter, DealSort sort, Optional<DealCursor> after, int limit);

    /** Every history entry of a deal, oldest first. */
    default List<DealHistoryEntry> history(DealId id) {
        return histories(List.of(id)).getOrDefault(id, List.of());
    }

    /** Every history entry of each deal of {@code ids} that has one, oldest first. */
    Map<DealId, List<DealHistoryEntry>> histories(List<DealId> ids);
}

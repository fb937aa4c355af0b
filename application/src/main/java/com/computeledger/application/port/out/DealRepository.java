package com.computeledger.application.port.out;

import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.listing.DealCursor;
import com.computeledger.application.listing.DealPage;
import com.computeledger.application.listing.DealSort;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import java.util.List;
import java.util.Optional;

/** Out-port: stores and loads deals and their history. */
public interface DealRepository {

    /** Stores a new deal at its current version; fails with {@code AlreadyExistsException} when its id is taken. */
    void insert(Deal deal);

    /** Stores new deals and their first history entries in one go (a bulk import); all ids must be free. */
    void insertAll(List<DealChange> recorded);

    /**
     * Stores {@code deal} over the stored one only if the stored version is still {@code expectedVersion}.
     *
     * @throws StaleVersionException when another change got there first (zero rows updated)
     */
    void update(Deal deal, long expectedVersion);

    Optional<Deal> findById(DealId id);

    /** Up to {@code limit} deals that match {@code filter}, in {@code sort} order, after {@code after}. */
    DealPage search(DealFilter filter, DealSort sort, Optional<DealCursor> after, int limit);

    /** Keeps one history entry; entries are never changed or removed. */
    void appendHistory(DealHistoryEntry entry);

    /** Every history entry of a deal, oldest first. */
    List<DealHistoryEntry> history(DealId id);
}

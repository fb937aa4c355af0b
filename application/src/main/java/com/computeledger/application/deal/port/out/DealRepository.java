package com.computeledger.application.deal.port.out;

import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import java.util.List;
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
     * Stores a changed deal and its history entry over the version it was changed from (its version minus one).
     *
     * @throws StaleVersionException when another change got there first (the stored deal is at another version)
     */
    void save(DealChange change);

    Optional<Deal> findById(DealId id);

    /** Up to {@code limit} deals that match {@code filter}, in {@code sort} order, after {@code after}. */
    DealPage search(DealFilter filter, DealSort sort, Optional<DealCursor> after, int limit);

    /** Every history entry of a deal, oldest first. */
    List<DealHistoryEntry> history(DealId id);
}

package com.computeledger.application.money.port.out;

import com.computeledger.domain.money.DealPurchases;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowArchive;
import com.computeledger.domain.money.MoneyFlowChange;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowHistoryEntry;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.money.RecordedFlow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Out-port: stores and loads money flows with their history, and sums the deals as compute purchases. */
public interface MoneyFlowRepository {

    /** Stores a recorded flow and its first history entry; fails with {@code AlreadyExistsException} when its id is taken. */
    default void add(MoneyFlowChange recorded) {
        restore(new MoneyFlowArchive(recorded.flow(), List.of(recorded.historyEntry())));
    }

    /** Stores a flow from a backup with its whole history; fails with {@code AlreadyExistsException} when its id is taken. */
    void restore(MoneyFlowArchive archived);

    /**
     * Stores a revised flow and its history entry over the version it was revised from (its version minus one).
     *
     * @throws com.computeledger.application.error.StaleVersionException when another change got there first
     */
    void save(MoneyFlowChange revised);

    Optional<MoneyFlow> findById(MoneyFlowId id);

    /** Up to {@code limit} flows that match {@code filter}, ordered by id, after the flow {@code after}. */
    List<MoneyFlow> search(MoneyFlowFilter filter, Optional<MoneyFlowId> after, int limit);

    /** Every flow that matches {@code filter}, ordered by id. */
    List<MoneyFlow> findAll(MoneyFlowFilter filter);

    /** What the graph reads of every flow that matches {@code filter}, ordered by id: no sources, no history. */
    List<RecordedFlow> graphFlows(MoneyFlowFilter filter);

    /** Every history entry of a flow, oldest first. */
    List<MoneyFlowHistoryEntry> history(MoneyFlowId id);

    /** The deals that are not cancelled, announced in the period, summed per customer and provider. */
    List<DealPurchases> dealPurchases(Optional<LocalDate> from, Optional<LocalDate> to);
}

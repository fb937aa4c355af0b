package com.computeledger.application.money.port.in;

import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowArchive;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowHistoryEntry;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.util.List;
import java.util.Optional;

/** In-port: records, reads and lists flows of money between organisations (docs/adr/0017: one in-port per aggregate). */
public interface MoneyFlowUseCases {

    /** Records a flow; fails with {@code UnknownOrganisationException} when the payer or payee is not registered. */
    MoneyFlow record(RecordMoneyFlowCommand command);

    /**
     * Replaces a flow's details, provided nobody changed it since the caller read it: one version more and the
     * history entry of what changed; the stored flow unchanged when the details change nothing. Fails with
     * {@code NotFoundException}, {@code StaleVersionException} or {@code UnknownOrganisationException}.
     */
    MoneyFlow revise(ReviseMoneyFlowCommand command);

    /**
     * Restores a flow from a backup exactly as it was stored (same id, version, timestamps and history); true when
     * it was stored, false when the same flow is stored already. Fails with {@code AlreadyExistsException} when its
     * id is stored with other content (the stored flow is kept), with {@code UnknownOrganisationException} when its
     * payer or payee is not registered.
     */
    boolean restore(MoneyFlowArchive archived);

    /** One flow; fails with {@code NotFoundException} when there is none. */
    MoneyFlow get(MoneyFlowId id);

    /** One page of the flows matching the query's filter. */
    MoneyFlowPage list(ListMoneyFlowsQuery query);

    /** Every history entry of a flow, oldest first; fails with {@code NotFoundException} when there is none. */
    List<MoneyFlowHistoryEntry> history(MoneyFlowId id);

    /** Record these details as a new flow, on behalf of {@code actor}. */
    record RecordMoneyFlowCommand(MoneyFlowDetails details, Actor actor) {
        public RecordMoneyFlowCommand {
            Require.present(details, "details");
            Require.present(actor, "actor");
        }
    }

    /** The flow, the version the caller read, the new details and who revises. */
    record ReviseMoneyFlowCommand(MoneyFlowId flowId, long expectedVersion, MoneyFlowDetails details, Actor actor) {
        public ReviseMoneyFlowCommand {
            Require.present(flowId, "flowId");
            Require.that(expectedVersion >= 1, "version", "must be at least 1");
            Require.present(details, "details");
            Require.present(actor, "actor");
        }
    }

    /** Which flows, after which one (the cursor), how many. */
    record ListMoneyFlowsQuery(MoneyFlowFilter filter, Optional<MoneyFlowId> after, int limit) {

        public static final int MAX_LIMIT = 100;

        public ListMoneyFlowsQuery {
            Require.present(filter, "filter");
            Require.present(after, "cursor");
            Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /** A page of flows and, when more follow, the id to continue after. */
    record MoneyFlowPage(List<MoneyFlow> flows, Optional<MoneyFlowId> next) {
        public MoneyFlowPage {
            flows = List.copyOf(flows);
        }
    }
}

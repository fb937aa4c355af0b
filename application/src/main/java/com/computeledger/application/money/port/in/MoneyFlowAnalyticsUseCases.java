package com.computeledger.application.money.port.in;

import com.computeledger.domain.money.ClosedLoopReport;
import com.computeledger.domain.money.CommitmentCoverage;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowGraph;
import com.computeledger.domain.shared.Require;

/**
 * In-port: the analyses of the money among firms — the flow graph, its closed loops and a buyer's commitment
 * coverage — over recorded flows and deals alike (a deal is a compute purchase; docs/adr/0026).
 */
public interface MoneyFlowAnalyticsUseCases {

    /** The graph of the flows of the filter's kind and period (its organisation is ignored). */
    MoneyFlowGraph graph(MoneyFlowFilter filter);

    /** The closed loops of that graph, at most {@code limit}, and the share of the flows that circulate. */
    ClosedLoopReport closedLoops(MoneyFlowFilter filter, int limit);

    /** A buyer's commitments against its latest revenue run rate. */
    CommitmentCoverage coverage(CoverageQuery query);

    /** Whose coverage: an organisation's id or name, or a deal's customer name. */
    record CoverageQuery(String customer) {
        public CoverageQuery {
            Require.text(customer, "customer", 200);
        }
    }
}

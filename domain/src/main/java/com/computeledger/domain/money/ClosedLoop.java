package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.shared.Money;
import java.util.Comparator;
import java.util.List;

/**
 * One elementary cycle of the money-flow graph: the firms in order, starting at the one with the smallest id, the
 * edge from each to the next (the last back to the first), and the money that can go round — the smallest edge, at
 * both ends of any range; undisclosed when any edge holds an undisclosed flow (never guessed).
 */
public record ClosedLoop(List<Firm> firms, List<MoneyFlowGraph.Edge> hops, DealValue value) {

    public ClosedLoop {
        firms = List.copyOf(firms);
        hops = List.copyOf(hops);
    }

    /** The loop through {@code hops}, each paying the next, the last paying the first's payer. */
    static ClosedLoop through(List<MoneyFlowGraph.Edge> hops) {
        List<Firm> firms = hops.stream().map(MoneyFlowGraph.Edge::payer).toList();
        if (hops.stream().anyMatch(hop -> !hop.value().isDisclosed())) {
            return new ClosedLoop(firms, hops, DealValue.undisclosed());
        }
        Money low = hops.stream().map(hop -> hop.value().low()).min(Comparator.naturalOrder()).orElseThrow();
        Money high = hops.stream().map(hop -> hop.value().high()).min(Comparator.naturalOrder()).orElseThrow();
        return new ClosedLoop(firms, hops, low.equals(high) ? DealValue.exact(low) : DealValue.range(low, high));
    }
}

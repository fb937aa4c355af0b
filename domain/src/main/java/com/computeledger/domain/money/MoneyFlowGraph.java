package com.computeledger.domain.money;

import com.computeledger.domain.shared.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The directed graph of money among firms: one edge per payer and payee, summing every flow between them, and each
 * firm's inflow, outflow and net. A firm paying itself (a deal of Amazon's with AWS) moves no money between firms
 * and is left out. Firms are ordered by id, edges by payer then payee: the order {@link ClosedLoops} numbers them in.
 */
public final class MoneyFlowGraph {

    private final List<Firm> firms;
    private final List<Edge> edges;
    private final List<FirmBalance> balances;
    private final FlowTotal total;

    private MoneyFlowGraph(List<Firm> firms, List<Edge> edges) {
        this.firms = List.copyOf(firms);
        this.edges = List.copyOf(edges);
        this.total = edges.stream().map(Edge::value).reduce(FlowTotal.NONE, FlowTotal::plus);
        Map<String, FlowTotal> inflows = new HashMap<>();
        Map<String, FlowTotal> outflows = new HashMap<>();
        for (Edge edge : edges) {
            inflows.merge(edge.payee().id(), edge.value(), FlowTotal::plus);
            outflows.merge(edge.payer().id(), edge.value(), FlowTotal::plus);
        }
        this.balances = firms.stream().map(firm -> FirmBalance.of(firm,
                inflows.getOrDefault(firm.id(), FlowTotal.NONE), outflows.getOrDefault(firm.id(), FlowTotal.NONE)))
                .toList();
    }

    /** The graph of {@code flows}. */
    public static MoneyFlowGraph of(Collection<GraphFlow> flows) {
        Map<String, Firm> firms = new TreeMap<>();
        Map<List<String>, List<GraphFlow>> byPair = new TreeMap<>(Comparator.comparing((List<String> pair) -> pair.get(0))
                .thenComparing(pair -> pair.get(1)));
        for (GraphFlow flow : flows) {
            if (flow.payer().id().equals(flow.payee().id())) {
                continue;
            }
            firms.putIfAbsent(flow.payer().id(), flow.payer());
            firms.putIfAbsent(flow.payee().id(), flow.payee());
            byPair.computeIfAbsent(List.of(flow.payer().id(), flow.payee().id()), pair -> new ArrayList<>()).add(flow);
        }
        List<Edge> edges = byPair.values().stream().map(pairFlows -> new Edge(pairFlows.get(0).payer(),
                pairFlows.get(0).payee(), pairFlows.stream().map(GraphFlow::value).reduce(FlowTotal.NONE, FlowTotal::plus),
                pairFlows)).toList();
        return new MoneyFlowGraph(new ArrayList<>(firms.values()), edges);
    }

    /** Every firm that pays or is paid, ordered by id. */
    public List<Firm> firms() {
        return firms;
    }

    /** One edge per payer and payee, ordered by payer id then payee id. */
    public List<Edge> edges() {
        return edges;
    }

    /** Each firm's inflow, outflow and net, in the order of {@link #firms()}. */
    public List<FirmBalance> balances() {
        return balances;
    }

    /** Every flow of the graph added up. */
    public FlowTotal total() {
        return total;
    }

    /** The flows from one firm to another: their sum and the flows themselves. */
    public record Edge(Firm payer, Firm payee, FlowTotal value, List<GraphFlow> flows) {

        public Edge {
            flows = List.copyOf(flows);
        }
    }

    /**
     * What a firm receives and pays, and the net (inflow minus outflow) at both ends: the low net sets the least
     * inflow against the most outflow. Undisclosed flows are counted in the totals, never valued.
     */
    public record FirmBalance(Firm firm, FlowTotal inflow, FlowTotal outflow, Money netLow, Money netHigh) {

        static FirmBalance of(Firm firm, FlowTotal inflow, FlowTotal outflow) {
            return new FirmBalance(firm, inflow, outflow,
                    Money.usd(inflow.low().amount().subtract(outflow.high().amount())),
                    Money.usd(inflow.high().amount().subtract(outflow.low().amount())));
        }
    }
}

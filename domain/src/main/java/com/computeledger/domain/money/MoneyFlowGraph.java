package com.computeledger.domain.money;

import com.computeledger.domain.shared.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        this.total = FlowTotal.sum(edges.stream().map(Edge::value).toList());
        Map<String, List<FlowTotal>> inflows = new HashMap<>();
        Map<String, List<FlowTotal>> outflows = new HashMap<>();
        for (Edge edge : edges) {
            inflows.computeIfAbsent(edge.payee().id(), firm -> new ArrayList<>()).add(edge.value());
            outflows.computeIfAbsent(edge.payer().id(), firm -> new ArrayList<>()).add(edge.value());
        }
        this.balances = firms.stream().map(firm -> FirmBalance.of(firm,
                FlowTotal.sum(inflows.getOrDefault(firm.id(), List.of())),
                FlowTotal.sum(outflows.getOrDefault(firm.id(), List.of())))).toList();
    }

    /** The graph of {@code flows}. */
    public static MoneyFlowGraph of(Collection<GraphFlow> flows) {
        Map<String, Firm> firms = new HashMap<>();
        Map<Pair, List<GraphFlow>> byPair = new HashMap<>();
        for (GraphFlow flow : flows) {
            if (flow.payer().id().equals(flow.payee().id())) {
                continue;
            }
            firms.putIfAbsent(flow.payer().id(), flow.payer());
            firms.putIfAbsent(flow.payee().id(), flow.payee());
            byPair.computeIfAbsent(new Pair(flow.payer().id(), flow.payee().id()), pair -> new ArrayList<>()).add(flow);
        }
        List<Edge> edges = byPair.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Pair::payer).thenComparing(Pair::payee)))
                .map(Map.Entry::getValue)
                .map(pairFlows -> new Edge(pairFlows.get(0).payer(), pairFlows.get(0).payee(),
                        FlowTotal.sum(pairFlows.stream().map(GraphFlow::value).toList()), pairFlows))
                .toList();
        return new MoneyFlowGraph(firms.values().stream().sorted(Comparator.comparing(Firm::id)).toList(), edges);
    }

    /** The ids of a payer and a payee: the key one edge sums the flows under. */
    private record Pair(String payer, String payee) {
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

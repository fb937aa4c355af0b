package com.computeledger.domain.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the money-flow graph and the closed-loop search on synthetic markets of 1,000 firms and 100,000 flows: a
 * random market (loops everywhere), an acyclic one (none) and an acyclic one closed by a single flow back (loops only
 * through it, each long). Not a unit test: run it with {@code mvn -B -Ploops-benchmark -pl domain verify
 * -DskipTests [-Dbenchmark.firms=1000] [-Dbenchmark.flows=100000]}; results are recorded in docs/benchmarks.md.
 */
public final class ClosedLoopsBenchmark {

    private static final int WARMUPS = 3;
    private static final int RUNS = 10;

    private ClosedLoopsBenchmark() {
    }

    public static void main(String[] arguments) {
        int firms = Integer.getInteger("benchmark.firms", 1_000);
        int flows = Integer.getInteger("benchmark.flows", 100_000);
        System.out.printf("Closed loops: %,d firms, %,d flows; %d warm-ups, %d runs; median / p90 / max ms%n", firms,
                flows, WARMUPS, RUNS);
        List<GraphFlow> random = MoneyGraphs.random(42, firms, flows).edges().stream()
                .flatMap(edge -> edge.flows().stream()).toList();
        List<GraphFlow> acyclic = MoneyGraphs.acyclic(42, firms, flows).edges().stream()
                .flatMap(edge -> edge.flows().stream()).toList();
        List<GraphFlow> closedOnce = new ArrayList<>(acyclic);
        closedOnce.add(MoneyGraphs.flow(lastFirm(acyclic), firstFirm(acyclic), 1));
        for (String scenario : List.of("random", "acyclic", "closed once")) {
            List<GraphFlow> market = switch (scenario) {
                case "random" -> random;
                case "acyclic" -> acyclic;
                default -> closedOnce;
            };
            time(scenario + ": graph", () -> MoneyFlowGraph.of(market));
            MoneyFlowGraph graph = MoneyFlowGraph.of(market);
            ClosedLoopReport report = ClosedLoops.of(graph, ClosedLoops.MAX_LIMIT);
            System.out.printf("  %s: %,d edges, %,d loops listed (truncated %s), circulating %s%% to %s%%%n", scenario,
                    graph.edges().size(), report.loops().size(), report.truncated(),
                    report.circulatingShareLow().orElse(null), report.circulatingShareHigh().orElse(null));
            time(scenario + ": graph and 100 loops", () -> ClosedLoops.of(MoneyFlowGraph.of(market), 100));
            time(scenario + ": graph and 1,000 loops", () -> ClosedLoops.of(MoneyFlowGraph.of(market), 1000));
        }
    }

    /** The firm that pays in the acyclic market's first flow and the one paid last: a flow back closes loops. */
    private static int firstFirm(List<GraphFlow> flows) {
        return Integer.parseInt(flows.get(0).payer().id().substring(1));
    }

    private static int lastFirm(List<GraphFlow> flows) {
        return Integer.parseInt(flows.get(flows.size() - 1).payee().id().substring(1));
    }

    private static void time(String label, Supplier<?> operation) {
        for (int i = 0; i < WARMUPS; i++) {
            operation.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            operation.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  %-40s %8.1f %8.1f %8.1f%n", label, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.9) - 1],
                millis[RUNS - 1]);
    }
}

package com.computeledger.domain.money;

import com.computeledger.domain.shared.Require;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the closed loops of a money-flow graph: every elementary cycle, once, starting at its firm with the smallest
 * id (so no rotation of a loop is reported twice), by Johnson's algorithm (SIAM J. Comput. 4(1), 1975) run inside
 * each strongly connected component; and the share of the flows that lie on some loop, which needs no enumeration:
 * an edge lies on an elementary cycle exactly when both its firms are in one strongly connected component.
 *
 * <p>A graph can hold exponentially many loops (a complete graph on n firms holds the sum over k = 2..n of
 * C(n, k)(k - 1)!), so the search stops after {@code limit} loops and says the answer was truncated; between two
 * loops found it spends at most time linear in the graph's size (docs/adr/0027).
 */
public final class ClosedLoops {

    /** The most loops one search may be asked for. */
    public static final int MAX_LIMIT = 1000;

    private final MoneyFlowGraph graph;
    private final int[][] successors;
    private final Map<Long, MoneyFlowGraph.Edge> edgeByPair = new HashMap<>();
    private final int[] component;

    private ClosedLoops(MoneyFlowGraph graph) {
        this.graph = graph;
        int n = graph.firms().size();
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < n; i++) {
            number.put(graph.firms().get(i).id(), i);
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (MoneyFlowGraph.Edge edge : graph.edges()) {
            int from = number.get(edge.payer().id());
            int to = number.get(edge.payee().id());
            lists.get(from).add(to);
            edgeByPair.put(pair(from, to), edge);
        }
        this.successors = lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.component = strongComponents(successors);
    }

    /** The loops of {@code graph}, at most {@code limit} of them (1 to {@link #MAX_LIMIT}), and the share circulating. */
    public static ClosedLoopReport of(MoneyFlowGraph graph, int limit) {
        Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
        return new ClosedLoops(graph).report(limit);
    }

    private ClosedLoopReport report(int limit) {
        List<ClosedLoop> loops = new ArrayList<>();
        for (int start = 0; start < successors.length && loops.size() <= limit; start++) {
            new Search(start, limit + 1, loops).run();
        }
        List<FlowTotal> onLoops = new ArrayList<>();
        for (Map.Entry<Long, MoneyFlowGraph.Edge> edge : edgeByPair.entrySet()) {
            int from = (int) (edge.getKey() >>> 32);
            int to = (int) (long) edge.getKey();
            if (component[from] == component[to]) {
                onLoops.add(edge.getValue().value());
            }
        }
        FlowTotal circulating = FlowTotal.sum(onLoops);
        FlowTotal total = graph.total();
        boolean truncated = loops.size() > limit;
        return new ClosedLoopReport(truncated ? loops.subList(0, limit) : loops, truncated, circulating, total,
                FlowTotal.percent(circulating.low(), total.low()), FlowTotal.percent(circulating.high(), total.high()));
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    /** Johnson's circuit search for the loops whose smallest firm is {@code start}, iterative (no deep recursion). */
    private final class Search {

        private final int start;
        private final int wanted;
        private final List<ClosedLoop> loops;
        private final boolean[] blocked = new boolean[successors.length];
        private final Map<Integer, Set<Integer>> blockedBy = new HashMap<>();

        Search(int start, int wanted, List<ClosedLoop> loops) {
            this.start = start;
            this.wanted = wanted;
            this.loops = loops;
        }

        /** Whether {@code firm} belongs to this search: in the start's component, numbered after the start. */
        private boolean inside(int firm) {
            return firm >= start && component[firm] == component[start];
        }

        void run() {
            int[] path = new int[successors.length];
            int[] next = new int[successors.length];
            boolean[] found = new boolean[successors.length];
            int depth = 0;
            path[0] = start;
            blocked[start] = true;
            while (depth >= 0 && loops.size() < wanted) {
                int firm = path[depth];
                if (next[depth] < successors[firm].length) {
                    int successor = successors[firm][next[depth]++];
                    if (!inside(successor)) {
                        continue;
                    }
                    if (successor == start) {
                        loops.add(loopAlong(path, depth));
                        found[depth] = true;
                    } else if (!blocked[successor]) {
                        depth++;
                        path[depth] = successor;
                        next[depth] = 0;
                        found[depth] = false;
                        blocked[successor] = true;
                    }
                    continue;
                }
                if (found[depth]) {
                    unblock(firm);
                } else {
                    for (int successor : successors[firm]) {
                        if (inside(successor)) {
                            blockedBy.computeIfAbsent(successor, key -> new HashSet<>()).add(firm);
                        }
                    }
                }
                if (depth > 0 && found[depth]) {
                    found[depth - 1] = true;
                }
                depth--;
            }
        }

        private void unblock(int firm) {
            Deque<Integer> pending = new ArrayDeque<>(List.of(firm));
            while (!pending.isEmpty()) {
                int current = pending.pop();
                blocked[current] = false;
                Set<Integer> waiting = blockedBy.remove(current);
                if (waiting != null) {
                    waiting.stream().filter(other -> blocked[other]).forEach(pending::push);
                }
            }
        }

        private ClosedLoop loopAlong(int[] path, int depth) {
            List<MoneyFlowGraph.Edge> hops = new ArrayList<>(depth + 1);
            for (int i = 0; i <= depth; i++) {
                hops.add(edgeByPair.get(pair(path[i], i == depth ? start : path[i + 1])));
            }
            return ClosedLoop.through(hops);
        }
    }

    /** Tarjan's strongly connected components, iterative: the component number of each firm. */
    private static int[] strongComponents(int[][] successors) {
        int n = successors.length;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callFirm = new int[n];
        int[] callNext = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callFirm[0] = root;
            callNext[0] = 0;
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int firm = callFirm[depth];
                if (callNext[depth] < successors[firm].length) {
                    int successor = successors[firm][callNext[depth]++];
                    if (index[successor] < 0) {
                        index[successor] = low[successor] = counter++;
                        stack[stackSize++] = successor;
                        onStack[successor] = true;
                        depth++;
                        callFirm[depth] = successor;
                        callNext[depth] = 0;
                    } else if (onStack[successor]) {
                        low[firm] = Math.min(low[firm], index[successor]);
                    }
                    continue;
                }
                if (low[firm] == index[firm]) {
                    int member;
                    do {
                        member = stack[--stackSize];
                        onStack[member] = false;
                        component[member] = components;
                    } while (member != firm);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    low[callFirm[depth]] = Math.min(low[callFirm[depth]], low[firm]);
                }
            }
        }
        return component;
    }
}

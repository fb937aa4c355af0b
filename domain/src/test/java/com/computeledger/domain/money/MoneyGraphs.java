package com.computeledger.domain.money;

import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Builds money-flow graphs for tests: firms named {@code f000}, {@code f001}, ... and flows between them. */
final class MoneyGraphs {

    private MoneyGraphs() {
    }

    static Firm firm(int number) {
        return new Firm(String.format("f%03d", number), "Firm " + number, true);
    }

    static Firm firm(String id) {
        return new Firm(id, id, true);
    }

    static GraphFlow flow(Firm payer, Firm payee, DealValue value) {
        return new GraphFlow(payer, payee, MoneyFlowKind.EQUITY_INVESTMENT, FlowTotal.of(value),
                new FlowOrigin.Recorded(new MoneyFlowId(UUID.nameUUIDFromBytes((payer.id() + ">" + payee.id()).getBytes()))));
    }

    static GraphFlow flow(int payer, int payee, long billions) {
        return flow(firm(payer), firm(payee), DealValue.exact(Money.usd(billions + "000000000")));
    }

    /** Every ordered pair of n firms. */
    static MoneyFlowGraph complete(int n) {
        List<GraphFlow> flows = new ArrayList<>();
        for (int payer = 0; payer < n; payer++) {
            for (int payee = 0; payee < n; payee++) {
                if (payer != payee) {
                    flows.add(flow(payer, payee, 1 + payer + payee));
                }
            }
        }
        return MoneyFlowGraph.of(flows);
    }

    /** {@code edges} random flows among {@code n} firms (self flows skipped), values 1..100B. */
    static MoneyFlowGraph random(long seed, int n, int edges) {
        Random random = new Random(seed);
        List<GraphFlow> flows = new ArrayList<>();
        for (int i = 0; i < edges; i++) {
            int payer = random.nextInt(n);
            int payee = random.nextInt(n);
            if (payer != payee) {
                flows.add(flow(payer, payee, 1 + random.nextInt(100)));
            }
        }
        return MoneyFlowGraph.of(flows);
    }

    /** Random flows that only ever go from a firm to one later in a shuffled order: no loop can close. */
    static MoneyFlowGraph acyclic(long seed, int n, int edges) {
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        List<GraphFlow> flows = new ArrayList<>();
        for (int i = 0; i < edges; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                flows.add(flow(order.get(Math.min(a, b)), order.get(Math.max(a, b)), 1 + random.nextInt(100)));
            }
        }
        return MoneyFlowGraph.of(flows);
    }
}

package com.computeledger.adapters.persistence.benchmark;

import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.money.service.MoneyFlowAnalyticsService;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.ClosedLoopReport;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.OrganisationRole;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores a random market of 1,000 organisations and 100,000 money flows in an in-memory H2 database through the JDBI
 * adapter, then times the money analyses through the real service — reading what the graph needs of every flow, the
 * deals summed per customer and provider, the graph and the loop search — as {@code /analytics/closed-loops} runs them.
 * Not a unit test: run it with {@code mvn -B -Pmoney-benchmark -pl adapters-persistence -am verify -DskipTests
 * [-Dbenchmark.firms=1000] [-Dbenchmark.flows=100000]}; results are recorded in docs/benchmarks.md.
 */
public final class MoneyFlowBenchmark {

    private static final int WARMUPS = 3;
    private static final int RUNS = 10;
    private static final int BATCH = 10_000;

    private MoneyFlowBenchmark() {
    }

    public static void main(String[] arguments) {
        int firms = Integer.getInteger("benchmark.firms", 1_000);
        int flows = Integer.getInteger("benchmark.flows", 100_000);
        JdbiPersistence storage = new JdbiPersistence(Jdbi.create(TestDatabases.freshH2()));
        long loading = System.nanoTime();
        load(storage, firms, flows);
        System.out.printf("Money analyses over H2 in memory: %,d organisations, %,d flows stored in %.1f s;"
                + " %d warm-ups, %d runs; median / p90 / max ms%n", firms, flows, (System.nanoTime() - loading) / 1e9,
                WARMUPS, RUNS);
        MoneyFlowAnalyticsService analytics = new MoneyFlowAnalyticsService(storage.moneyFlows(),
                storage.organisations(), storage.providers(), storage.revenueRunRates(), storage.statistics(),
                storage.unitOfWork());
        ClosedLoopReport report = analytics.closedLoops(MoneyFlowFilter.ALL, 100);
        System.out.printf("  %,d loops listed (truncated %s), circulating %s%%%n", report.loops().size(),
                report.truncated(), report.circulatingShareLow().orElse(null));
        time("flows read for the graph", () -> storage.unitOfWork().inTransaction(
                () -> storage.moneyFlows().graphFlows(MoneyFlowFilter.ALL)));
        time("graph", () -> analytics.graph(MoneyFlowFilter.ALL));
        time("closed loops, limit 100", () -> analytics.closedLoops(MoneyFlowFilter.ALL, 100));
        time("closed loops, limit 1,000", () -> analytics.closedLoops(MoneyFlowFilter.ALL, 1000));
    }

    /** Organisations {@code org0000}..., then random flows between them, in transactions of {@value #BATCH}. */
    private static void load(JdbiPersistence storage, int firms, int flows) {
        storage.unitOfWork().inTransaction(() -> {
            for (int firm = 0; firm < firms; firm++) {
                storage.organisations().insert(new Organisation(organisation(firm), "Organisation " + firm,
                        Set.of(OrganisationRole.INVESTOR, OrganisationRole.CUSTOMER)));
            }
            return null;
        });
        Random random = new Random(42);
        Source source = new Source("Synthetic", URI.create("https://example.com/synthetic"), LocalDate.of(2025, 1, 1));
        MoneyFlowKind[] kinds = MoneyFlowKind.values();
        for (int batch = 0; batch < flows; batch += BATCH) {
            int start = batch;
            int end = Math.min(flows, batch + BATCH);
            storage.unitOfWork().inTransaction(() -> {
                for (int i = start; i < end; i++) {
                    int payer = random.nextInt(firms);
                    int payee = (payer + 1 + random.nextInt(firms - 1)) % firms;
                    DealValue value = random.nextInt(10) == 0 ? DealValue.undisclosed()
                            : DealValue.exact(Money.usd((1 + random.nextInt(100_000)) + "000000"));
                    storage.moneyFlows().add(MoneyFlow.record(new MoneyFlowId(new UUID(i, random.nextLong())),
                            new MoneyFlowDetails(kinds[random.nextInt(kinds.length)], organisation(payer),
                                    organisation(payee), LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2_000)),
                                    Term.undisclosed(), value, ValueConfidence.REPORTED, List.of(source)),
                            Actor.ANONYMOUS, Instant.EPOCH));
                }
                return null;
            });
        }
    }

    private static OrganisationId organisation(int number) {
        return new OrganisationId(String.format("org%04d", number));
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
        System.out.printf("  %-30s %8.1f %8.1f %8.1f%n", label, millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.9) - 1], millis[RUNS - 1]);
    }
}

package com.computeledger.adapters.persistence.benchmark;

import com.computeledger.adapters.persistence.H2Defaults;
import com.computeledger.adapters.persistence.JdbiLedgerStorageFactory;
import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.analytics.JdbiMarketStatistics;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows;
import com.computeledger.adapters.persistence.money.PurchaseTotals;
import com.computeledger.application.access.service.ApiKeyService;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ConcentrationQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ExposureQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.TimelineQuery;
import com.computeledger.application.analytics.service.MarketAnalyticsService;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.deal.service.DealService;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.money.service.MoneyFlowAnalyticsService;
import com.computeledger.domain.analytics.ConcentrationMeasure;
import com.computeledger.domain.analytics.MergerGuidelines;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.analytics.TimelineGranularity;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.reference.ProviderId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Loads a large synthetic ledger into the embedded H2 file database or an embedded PostgreSQL server and
 * times the analyses and listings through the real services and the JDBI adapter, cold and warm. Not a unit
 * test: run it with {@code mvn -B -Pbenchmark -pl adapters-persistence -am verify -DskipTests
 * [-Dbenchmark.deals=1000000] [-Dbenchmark.database=h2|postgres] [-Dbenchmark.coldRuns=3]
 * [-Dbenchmark.only=timeline,list]}; results are
 * recorded in docs/benchmarks.md.
 *
 * <p>Cold: each operation is the first call of a fresh JVM that has just opened (and migrated) the database and
 * run the one statement the application's start runs, as after an application start; {@code coldRuns} such JVMs per operation. Warm: 3 warm-up calls, then 10
 * measured ones in this JVM ({@code -Dbenchmark.warmups}, {@code -Dbenchmark.runs}); with
 * {@code -Dbenchmark.plain=true} the same again on the plain SQL over the deal table, without running totals.
 */
public final class AnalyticsBenchmark {

    private static final int PROVIDERS = 20;
    private static final int CUSTOMERS = 1_000;
    private static final int BATCH = 10_000;
    private static final int WARMUP_RUNS = Integer.getInteger("benchmark.warmups", 3);
    private static final int MEASURED_RUNS = Integer.getInteger("benchmark.runs", 10);
    private static final LocalDate YEAR_2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate HALF_YEAR_END = LocalDate.of(2025, 6, 30);

    /** The operations timed, by name; each runs through the services like a request does. */
    private static final Map<String, Function<Services, Object>> OPERATIONS = new LinkedHashMap<>();

    static {
        operation("concentration by value (all providers)", s -> s.concentration(ConcentrationMeasure.VALUE,
                filter(null, null, null, null, DealFilter.notCancelled())));
        operation("concentration by power (all providers)", s -> s.concentration(ConcentrationMeasure.POWER,
                filter(null, null, null, null, DealFilter.notCancelled())));
        operation("concentration by value, announced from 2025-01-01", s -> s.concentration(
                ConcentrationMeasure.VALUE, filter(null, null, YEAR_2025, null, DealFilter.notCancelled())));
        operation("concentration by power, announced from 2025-01-01", s -> s.concentration(
                ConcentrationMeasure.POWER, filter(null, null, YEAR_2025, null, DealFilter.notCancelled())));
        operation("concentration by value, half-year window", s -> s.concentration(ConcentrationMeasure.VALUE,
                filter(null, null, YEAR_2025, HALF_YEAR_END, DealFilter.notCancelled())));
        operation("concentration by value, provider + period", s -> s.concentration(ConcentrationMeasure.VALUE,
                filter("provider-3", null, YEAR_2025, null, DealFilter.notCancelled())));
        operation("concentration by value, customer + period", s -> s.concentration(ConcentrationMeasure.VALUE,
                filter(null, "customer-7", YEAR_2025, null, DealFilter.notCancelled())));
        operation("concentration by value, status ACTIVE", s -> s.concentration(ConcentrationMeasure.VALUE,
                filter(null, null, null, null, Set.of(DealStatus.ACTIVE))));
        operation("concentration by power, status ACTIVE + half-year window", s -> s.concentration(
                ConcentrationMeasure.POWER, filter(null, null, YEAR_2025, HALF_YEAR_END, Set.of(DealStatus.ACTIVE))));
        operation("customer exposure (one customer)", s -> s.analytics().exposure(new ExposureQuery(
                Customer.of("customer-7"), filter(null, null, null, null, DealFilter.notCancelled()))));
        operation("customer exposure, customer + period", s -> s.analytics().exposure(new ExposureQuery(
                Customer.of("customer-7"), filter(null, null, YEAR_2025, null, DealFilter.notCancelled()))));
        operation("capacity timeline by provider, whole market, 2020-2030 quarterly", s -> s.timeline(
                filter(null, null, null, null, DealFilter.notCancelled()), TimelineGrouping.PROVIDER));
        operation("capacity timeline by provider, announced from 2025-01-01", s -> s.timeline(
                filter(null, null, YEAR_2025, null, DealFilter.notCancelled()), TimelineGrouping.PROVIDER));
        operation("capacity timeline by provider, provider + period", s -> s.timeline(
                filter("provider-3", null, YEAR_2025, null, DealFilter.notCancelled()), TimelineGrouping.PROVIDER));
        operation("capacity timeline by provider, one provider", s -> s.timeline(
                filter("provider-3", null, null, null, DealFilter.notCancelled()), TimelineGrouping.PROVIDER));
        operation("capacity timeline by provider, status ACTIVE", s -> s.timeline(
                filter(null, null, null, null, Set.of(DealStatus.ACTIVE)), TimelineGrouping.PROVIDER));
        operation("capacity timeline by customer, one customer", s -> s.timeline(
                filter(null, "customer-7", null, null, DealFilter.notCancelled()), TimelineGrouping.CUSTOMER));
        operation("capacity timeline by customer, whole market", s -> s.timeline(
                filter(null, null, null, null, DealFilter.notCancelled()), TimelineGrouping.CUSTOMER));
        operation("money flows: the graph with the deals as purchases, whole market", s -> s.money().graph(
                MoneyFlowFilter.ALL));
        operation("money flows: closed loops, limit 100", s -> s.money().closedLoops(MoneyFlowFilter.ALL, 100));
        operation("money flows: the graph, announced from 2025-01-01", s -> s.money().graph(new MoneyFlowFilter(
                Optional.empty(), Optional.empty(), Optional.of(YEAR_2025), Optional.empty())));
        operation("money flows: the graph, half-year window", s -> s.money().graph(new MoneyFlowFilter(
                Optional.empty(), Optional.empty(), Optional.of(YEAR_2025), Optional.of(HALF_YEAR_END))));
        operation("money flows: closed loops, announced from 2025-01-01, limit 100", s -> s.money().closedLoops(
                new MoneyFlowFilter(Optional.empty(), Optional.empty(), Optional.of(YEAR_2025), Optional.empty()), 100));
        operation("list: first page of 20", s -> s.deals().list(
                new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 20)));
        operation("list: first page of 20, not cancelled (the dashboard's default)", s -> s.deals().list(
                new ListDealsQuery(filter(null, null, null, null, DealFilter.notCancelled()), DealSort.DEFAULT,
                        Optional.empty(), 20)));
        operation("list: first page of 20, status CANCELLED", s -> s.deals().list(new ListDealsQuery(
                filter(null, null, null, null, Set.of(DealStatus.CANCELLED)), DealSort.DEFAULT, Optional.empty(), 20)));
        operation("list: first page of 20, provider + status ACTIVE", s -> s.deals().list(new ListDealsQuery(
                filter("provider-3", null, null, null, Set.of(DealStatus.ACTIVE)), DealSort.DEFAULT, Optional.empty(),
                20)));
        operation("list: first page of 20, provider + not cancelled", s -> s.deals().list(new ListDealsQuery(
                filter("provider-3", null, null, null, DealFilter.notCancelled()), DealSort.DEFAULT, Optional.empty(),
                20)));
        operation("list: first page of 20, one provider", s -> s.deals().list(new ListDealsQuery(
                filter("provider-3", null, null, null, Set.of()), DealSort.DEFAULT, Optional.empty(), 20)));
        operation("list: first page of 20, announced from 2025-01-01, not cancelled", s -> s.deals().list(
                new ListDealsQuery(filter(null, null, YEAR_2025, null, DealFilter.notCancelled()), DealSort.DEFAULT,
                        Optional.empty(), 20)));
        operation("list: first page of 20 by customer name, not cancelled", s -> s.deals().list(new ListDealsQuery(
                filter(null, null, null, null, DealFilter.notCancelled()), DealSort.CUSTOMER_ASC, Optional.empty(),
                20)));
        operation("list: first page of 20 newest recorded, status CANCELLED", s -> s.deals().list(new ListDealsQuery(
                filter(null, null, null, null, Set.of(DealStatus.CANCELLED)), DealSort.RECORDED_AT_DESC,
                Optional.empty(), 20)));
        operation("list: first page of 20, customer + not cancelled", s -> s.deals().list(new ListDealsQuery(
                filter(null, "customer-7", null, null, DealFilter.notCancelled()), DealSort.DEFAULT, Optional.empty(),
                20)));
    }

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int deals = Integer.parseInt(System.getProperty("benchmark.deals", "1000000"));
        String database = System.getProperty("benchmark.database", "h2");
        if (args.length == 2 && args[0].equals("cold")) {
            // a child JVM: open the database as an application start does, time the first call only
            JdbiPersistence persistence = new JdbiPersistence(Jdbi.create(open(System.getProperty("benchmark.url"))));
            // the start's own statement (ComputeLedgerApplication asks whether any API key is active, or loads the
            // demo data): JDBI's first statement in a JVM registers its flight-recorder event, which the start pays
            new ApiKeyService(persistence.apiKeys(), persistence.unitOfWork(), Clock.systemUTC()).hasActiveKey();
            Services services = services(persistence);
            System.out.println("cold-ms " + timeOnce(() -> OPERATIONS.get(args[1]).apply(services)));
            return;
        }
        int coldRuns = Integer.parseInt(System.getProperty("benchmark.coldRuns", "3"));
        String url = switch (database) {
            case "h2" -> h2File(deals);
            case "postgres" -> postgres(deals);
            default -> throw new IllegalArgumentException("benchmark.database must be h2 or postgres");
        };
        System.out.printf(Locale.ROOT, "%s, Java %s, %,d deals%n", database, Runtime.version(), deals);

        System.out.printf(Locale.ROOT, "%n| cold, first call after opening the database in a fresh JVM (%d JVMs each)"
                + " | median ms | p90 ms | max ms |%n|---|---|---|---|%n", coldRuns);
        for (String operation : OPERATIONS.keySet()) {
            long[] millis = new long[coldRuns];
            for (int i = 0; i < coldRuns; i++) {
                millis[i] = coldRun(url, operation);
            }
            report(operation, millis);
        }

        DataSource dataSource = open(url);
        Services services = services(dataSource);
        System.out.printf(Locale.ROOT, "%n| warm, %d runs after %d warm-up runs | median ms | p90 ms | max ms |"
                + "%n|---|---|---|---|%n", MEASURED_RUNS, WARMUP_RUNS);
        OPERATIONS.forEach((operation, run) -> time(operation, () -> run.apply(services)));
        DealCursor deep = cursorDeepInTheList(dataSource, deals);
        time("list: page of 20 after row " + String.format(Locale.ROOT, "%,d", deals * 9 / 10), () -> services.deals()
                .list(new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.of(deep), 20)));
        if (Boolean.getBoolean("benchmark.plain")) {
            // the plain SQL over the deal table: what main answered every period, customer and timeline question with
            JdbiPersistence persistence = new JdbiPersistence(Jdbi.create(dataSource));
            Services plain = new Services(new MarketAnalyticsService(
                    new JdbiMarketStatistics((JdbiUnitOfWork) persistence.unitOfWork()), persistence.unitOfWork(),
                    PowerEquivalences.ARTICLE_DEFAULTS), services.deals(), services.money());
            System.out.printf(Locale.ROOT, "%n| warm, plain SQL over the deal table, %d runs after %d warm-up runs"
                    + " | median ms | p90 ms | max ms |%n|---|---|---|---|%n", MEASURED_RUNS, WARMUP_RUNS);
            OPERATIONS.forEach((operation, run) -> time(operation, () -> run.apply(plain)));
        }
    }

    /** Adds an operation, unless {@code -Dbenchmark.only} names others (a part of their names, comma-separated). */
    private static void operation(String name, Function<Services, Object> run) {
        String only = System.getProperty("benchmark.only", "");
        if (only.isEmpty() || Arrays.stream(only.split(",")).anyMatch(name::contains)) {
            OPERATIONS.put(name, run);
        }
    }

    private static DealFilter filter(String provider, String customer, LocalDate from, LocalDate to,
                                     Set<DealStatus> statuses) {
        return new DealFilter(Optional.ofNullable(provider).map(ProviderId::new),
                Optional.ofNullable(customer).map(Customer::of), statuses, Optional.ofNullable(from),
                Optional.ofNullable(to));
    }

    /** The services over a database, wired as the application wires them. */
    private record Services(MarketAnalyticsService analytics, DealService deals, MoneyFlowAnalyticsService money) {

        Object concentration(ConcentrationMeasure measure, DealFilter filter) {
            return analytics.concentration(new ConcentrationQuery(filter, measure, MergerGuidelines.US_2023));
        }

        Object timeline(DealFilter filter, TimelineGrouping grouping) {
            return analytics.capacityTimeline(new TimelineQuery(filter, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2030, 12, 31), TimelineGranularity.QUARTER, grouping));
        }
    }

    private static Services services(DataSource dataSource) {
        return services(new JdbiPersistence(Jdbi.create(dataSource)));
    }

    private static Services services(JdbiPersistence persistence) {
        return new Services(new MarketAnalyticsService(persistence.statistics(), persistence.unitOfWork(),
                PowerEquivalences.ARTICLE_DEFAULTS), new DealService(persistence.deals(), persistence.providers(),
                persistence.accelerators(), persistence.idempotencyKeys(), persistence.unitOfWork(), () -> null,
                Clock.systemUTC()), new MoneyFlowAnalyticsService(persistence.moneyFlows(), persistence.organisations(),
                persistence.providers(), persistence.revenueRunRates(), persistence.statistics(),
                persistence.unitOfWork()));
    }

    /** Opens and migrates the database at {@code url}, as the application does on start. */
    private static DataSource open(String url) {
        DataSource dataSource;
        if (url.startsWith("jdbc:h2:")) {
            dataSource = h2(url);
        } else {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            dataSource = postgres;
        }
        new JdbiLedgerStorageFactory().migrate(dataSource);
        return dataSource;
    }

    /** Runs one operation as the first call of a fresh JVM on the same class path; its time in ms. */
    private static long coldRun(String url, String operation) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dbenchmark.url=" + url,
                AnalyticsBenchmark.class.getName(), "cold", operation).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0 || !output.contains("cold-ms ")) {
            throw new IllegalStateException("cold run of '" + operation + "' failed:\n" + output);
        }
        return Long.parseLong(output.substring(output.lastIndexOf("cold-ms ") + 8).trim());
    }

    /** The H2 file database under target/benchmark, loaded on the first run and reused after that. */
    private static String h2File(int deals) throws Exception {
        Path database = Files.createDirectories(Path.of("target", "benchmark")).resolve("ledger-" + deals);
        String url = "jdbc:h2:file:" + database.toAbsolutePath() + ";" + H2Defaults.portableSettings();
        if (!Files.exists(Path.of(database + ".mv.db"))) {
            // A bulk load with H2's default write delay; the measurements use the production settings.
            JdbcDataSource loading = h2(url.replace("WRITE_DELAY=0", "WRITE_DELAY=500"));
            new JdbiLedgerStorageFactory().migrate(loading);
            long started = System.nanoTime();
            load(loading, new JdbiPersistence(Jdbi.create(loading)), deals);
            try (Connection connection = loading.getConnection()) {
                connection.createStatement().execute("shutdown compact");
            }
            System.out.printf(Locale.ROOT, "loaded %,d deals in %.1f s%n", deals, seconds(started));
        }
        // Keep the database open between connections, as the application's connection pool does; migrate
        // it once here (a new migration over a million deals is not a start), then close it for the cold runs.
        url = url + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = open(url).getConnection()) {
            connection.createStatement().execute("shutdown");
        }
        return url;
    }

    /** A fresh database on an embedded PostgreSQL server (started by the harness, stopped when it exits). */
    private static String postgres(int deals) throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        DataSource dataSource = open(url);
        long started = System.nanoTime();
        load(dataSource, new JdbiPersistence(Jdbi.create(dataSource)), deals);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("vacuum analyze");
        }
        System.out.printf(Locale.ROOT, "loaded %,d deals in %.1f s%n", deals, seconds(started));
        return url;
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    /** A cursor at 90 % of the default listing, found once with an offset query (the listing itself never uses offsets). */
    private static DealCursor cursorDeepInTheList(DataSource dataSource, int total) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement row = connection.prepareStatement(
                     "select announced_on, id from deal order by announced_on desc, id desc offset ? rows fetch next 1 rows only")) {
            row.setInt(1, total * 9 / 10);
            try (ResultSet result = row.executeQuery()) {
                result.next();
                return new DealCursor(DealSort.DEFAULT, result.getObject(1, LocalDate.class),
                        new DealId(result.getObject(2, UUID.class)));
            }
        }
    }

    private static void time(String operation, Supplier<?> run) {
        for (int i = 0; i < WARMUP_RUNS; i++) {
            run.get();
        }
        long[] millis = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            millis[i] = timeOnce(run);
        }
        report(operation, millis);
    }

    private static long timeOnce(Supplier<?> run) {
        long started = System.nanoTime();
        run.get();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** A table row: median, p90 (nearest rank) and max. */
    private static void report(String operation, long[] millis) {
        Arrays.sort(millis);
        int p90 = Math.max(0, (int) Math.ceil(millis.length * 0.9) - 1);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", operation, millis[millis.length / 2],
                millis[p90], millis[millis.length - 1]);
    }

    private static void load(DataSource dataSource, JdbiPersistence persistence, int deals) throws SQLException {
        persistence.unitOfWork().inTransaction(() -> {
            ArticleDemoData.accelerators().forEach(persistence.accelerators()::insert);
            return null;
        });
        Random random = new Random(42);
        try (Handle handle = Jdbi.create(dataSource).open()) {
            handle.begin();
            Connection connection = handle.getConnection();
            try (PreparedStatement provider = connection.prepareStatement(
                    "insert into provider (id, name, kind) values (?, ?, 'HYPERSCALER')")) {
                for (int p = 0; p < PROVIDERS; p++) {
                    provider.setString(1, "provider-" + p);
                    provider.setString(2, "Provider " + p);
                    provider.addBatch();
                }
                provider.executeBatch();
            }
            try (PreparedStatement commitment = connection.prepareStatement("insert into deal_commitment (deal_id, "
                    + "position, accelerator_id, units, units_approximate, gigawatts, full_capacity_by) "
                    + "values (?, 0, 'nvidia-gb200', ?, false, null, ?)")) {
                List<String> statuses = List.of("ANNOUNCED", "ACTIVE", "COMPLETED", "CANCELLED");
                Instant recorded = Instant.parse("2026-01-01T00:00:00Z");
                PreparedBatch deal = handle.prepareBatch(DealRows.INSERT);
                for (int n = 0; n < deals; n++) {
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    LocalDate announced = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500));
                    int kind = random.nextInt(10);
                    long low = 1_000_000L * (1 + random.nextInt(100_000));
                    String customer = "customer-" + random.nextInt(CUSTOMERS);
                    String providerId = "provider-" + (int) Math.floor(PROVIDERS * Math.pow(random.nextDouble(), 2));
                    int months = 12 + random.nextInt(108);
                    OffsetDateTime at = recorded.plusSeconds(n).atOffset(ZoneOffset.UTC);
                    deal.bindMethods(new DealRow(id, customer, customer, providerId, announced, announced, months,
                            kind < 8 ? "EXACT" : kind == 8 ? "RANGE" : "UNDISCLOSED",
                            kind == 9 ? null : BigDecimal.valueOf(low),
                            kind == 9 ? null : BigDecimal.valueOf(kind == 8 ? low * 2 : low), "USD", "REPORTED", null,
                            null, statuses.get(random.nextInt(statuses.size())), 1, at, at)).add();
                    commitment.setObject(1, id);
                    commitment.setLong(2, 1_000L + random.nextInt(100_000));
                    commitment.setDate(3, Date.valueOf(announced.plusMonths(12)));
                    commitment.addBatch();
                    if ((n + 1) % BATCH == 0 || n == deals - 1) {
                        deal.execute();
                        commitment.executeBatch();
                        handle.commit();
                        handle.begin();
                        deal = handle.prepareBatch(DealRows.INSERT);
                    }
                }
            }
            // The loader wrote around the repositories, so the running totals are recomputed once at the end.
            ProviderTotals.rebuild(connection);
            PurchaseTotals.rebuild(connection);
            handle.commit();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

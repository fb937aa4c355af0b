package com.computeledger.adapters.persistence.benchmark;

import com.computeledger.adapters.persistence.H2Defaults;
import com.computeledger.adapters.persistence.JdbiLedgerStorageFactory;
import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ConcentrationQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ExposureQuery;
import com.computeledger.application.analytics.service.MarketAnalyticsService;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.deal.service.DealService;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.analytics.ConcentrationMeasure;
import com.computeledger.domain.analytics.MergerGuidelines;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealId;
import java.math.BigDecimal;
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
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Loads a large synthetic ledger into the embedded H2 file database or an embedded PostgreSQL server and
 * times the analyses and listings through the real services and the JDBI adapter. Not a unit test: run it
 * with {@code mvn -B -Pbenchmark -pl adapters-persistence -am verify -DskipTests [-Dbenchmark.deals=1000000]
 * [-Dbenchmark.database=h2|postgres]}; results are recorded in docs/benchmarks.md.
 */
public final class AnalyticsBenchmark {

    private static final int PROVIDERS = 20;
    private static final int CUSTOMERS = 1_000;
    private static final int BATCH = 10_000;
    private static final int WARMUP_RUNS = 3;
    private static final int MEASURED_RUNS = 10;

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int deals = Integer.parseInt(System.getProperty("benchmark.deals", "1000000"));
        String database = System.getProperty("benchmark.database", "h2");
        DataSource dataSource = switch (database) {
            case "h2" -> h2File(deals);
            case "postgres" -> postgres(deals);
            default -> throw new IllegalArgumentException("benchmark.database must be h2 or postgres");
        };
        JdbiPersistence persistence = new JdbiPersistence(Jdbi.create(dataSource));
        System.out.printf(Locale.ROOT, "%s, Java %s%n", database, Runtime.version());

        MarketAnalyticsService analytics = new MarketAnalyticsService(persistence.statistics(),
                persistence.unitOfWork(), PowerEquivalences.ARTICLE_DEFAULTS);
        DealService dealService = new DealService(persistence.deals(), persistence.providers(),
                persistence.accelerators(), persistence.idempotencyKeys(), persistence.unitOfWork(), () -> null,
                Clock.systemUTC());
        DealFilter notCancelled = new DealFilter(Optional.empty(), Optional.empty(), DealFilter.notCancelled(),
                Optional.empty(), Optional.empty());

        System.out.printf(Locale.ROOT, "| operation over %,d deals | median ms | p90 ms | max ms |%n|---|---|---|---|%n",
                deals);
        time("concentration by value (all providers)", () -> analytics.concentration(
                new ConcentrationQuery(notCancelled, ConcentrationMeasure.VALUE, MergerGuidelines.US_2023)));
        time("concentration by power (all providers)", () -> analytics.concentration(
                new ConcentrationQuery(notCancelled, ConcentrationMeasure.POWER, MergerGuidelines.US_2023)));
        time("customer exposure (one customer)", () -> analytics.exposure(
                new ExposureQuery(Customer.of("customer-7"), notCancelled)));
        time("list: first page of 20", () -> dealService.list(
                new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 20)));
        DealCursor deep = cursorDeepInTheList(dataSource, deals);
        time("list: page of 20 after row " + String.format(Locale.ROOT, "%,d", deals * 9 / 10), () -> dealService.list(
                new ListDealsQuery(DealFilter.ALL, DealSort.DEFAULT, Optional.of(deep), 20)));
    }

    /** The H2 file database under target/benchmark, loaded on the first run and reused after that. */
    private static DataSource h2File(int deals) throws Exception {
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
        // Keep the database open between connections, as the application's connection pool does.
        JdbcDataSource dataSource = h2(url + ";DB_CLOSE_DELAY=-1");
        new JdbiLedgerStorageFactory().migrate(dataSource);
        return dataSource;
    }

    /** A fresh database on an embedded PostgreSQL server (started by the harness, stopped when it exits). */
    private static DataSource postgres(int deals) throws Exception {
        DataSource dataSource = TestDatabases.freshPostgres();
        long started = System.nanoTime();
        load(dataSource, new JdbiPersistence(Jdbi.create(dataSource)), deals);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("vacuum analyze");
        }
        System.out.printf(Locale.ROOT, "loaded %,d deals in %.1f s%n", deals, seconds(started));
        return dataSource;
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
                return new DealCursor(DealSort.DEFAULT, result.getObject(1, LocalDate.class).toString(),
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
            long started = System.nanoTime();
            run.get();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", operation, millis[MEASURED_RUNS / 2],
                millis[MEASURED_RUNS * 9 / 10 - 1], millis[MEASURED_RUNS - 1]);
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
            handle.commit();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

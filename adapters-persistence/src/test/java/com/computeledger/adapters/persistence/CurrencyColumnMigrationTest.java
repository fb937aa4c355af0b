package com.computeledger.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.money.PurchaseTotals;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.demo.service.DemoDataService;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.money.RevenueRunRate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A ledger kept at V8, currencies in {@code char(3)} columns, is migrated to V9 (docs/adr/0029): every deal,
 * money flow and run rate reads back as it was, and the columns are {@code varchar(3)}, still not null.
 */
class CurrencyColumnMigrationTest {

    private static final OrganisationId OPENAI = new OrganisationId("openai");

    @Test
    void theCurrencyColumnsBecomeVarcharAndEveryRecordReadsBackAsItWas() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + H2Defaults.portableSettings());
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("8").load().migrate();
        // today's deal repository keeps the purchase totals of V11 (docs/adr/0032): the table is made ahead so that it
        // can seed the older ledger, and V11 fills it again from the deals
        try (Connection connection = database.getConnection()) {
            PurchaseTotals.create(connection);
        }
        JdbiPersistence before = new JdbiPersistence(Jdbi.create(database));
        new DemoDataService(before.organisations(), before.providers(), before.accelerators(), before.deals(),
                before.moneyFlows(), before.revenueRunRates(), before.unitOfWork(),
                Clock.fixed(Instant.parse("2025-11-03T12:00:00Z"), ZoneOffset.UTC)).loadMissing();
        List<DealId> ids = ArticleDemoData.deals().stream().map(demo -> demo.id()).toList();
        List<Deal> deals = before.deals().findAllById(ids);
        List<MoneyFlow> flows = before.moneyFlows().findAll(MoneyFlowFilter.ALL);
        List<RevenueRunRate> runRates = before.revenueRunRates().findAll(OPENAI);
        assertThat(columns(database)).containsOnly(Map.entry("character", "NO"));
        assertThat(deals).hasSameSizeAs(ids);
        assertThat(flows).isNotEmpty();
        assertThat(runRates).isNotEmpty();

        new JdbiLedgerStorageFactory().migrate(database);
        JdbiPersistence after = new JdbiPersistence(Jdbi.create(database));

        assertThat(columns(database)).containsOnly(Map.entry("character varying", "NO"));
        assertThat(after.deals().findAllById(ids)).isEqualTo(deals);
        assertThat(after.moneyFlows().findAll(MoneyFlowFilter.ALL)).isEqualTo(flows);
        assertThat(after.revenueRunRates().findAll(OPENAI)).isEqualTo(runRates);
    }

    /** The type and nullability of every currency column, one entry per distinct pair. */
    private static Map<String, String> columns(JdbcDataSource database) {
        return Jdbi.create(database).withHandle(handle -> handle.createQuery("select distinct lower(data_type), "
                        + "is_nullable from information_schema.columns where column_name = 'currency' and table_name in "
                        + "('deal', 'money_flow', 'revenue_run_rate')")
                .reduceRows(new HashMap<String, String>(), (types, row) -> {
                    types.put(row.getColumn(1, String.class), row.getColumn(2, String.class));
                    return types;
                }));
    }
}

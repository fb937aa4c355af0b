package com.computeledger.adapters.persistence.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.PlansOfStatements;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.shared.Actor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The deals' purchases in a period are read from {@code deal_by_announced_on} alone (docs/adr/0038): H2 walks that
 * index for the period, and the index holds every column of the deal table the statement names, so that no row is
 * looked up in the table (about 200,000 lookups for a year of a million deals took 3–5 s).
 */
class DealPurchasesIndexTest {

    private static final Pattern WORD = Pattern.compile("[a-z_]+");

    @Test
    void aPeriodsPurchasesAreReadFromTheDayIndexAlone() throws SQLException {
        DataSource database = TestDatabases.freshH2();
        JdbiPersistence storage = new JdbiPersistence(Jdbi.create(database));
        ArticleDemoData.organisations().forEach(storage.organisations()::insert);
        ArticleDemoData.providers().forEach(storage.providers()::insert);
        ArticleDemoData.accelerators().forEach(storage.accelerators()::insert);
        ArticleDemoData.deals().forEach(deal -> storage.deals().add(Deal.record(deal.id(), deal.details(),
                new Actor("loader"), Instant.parse("2026-11-28T10:15:30Z"))));
        PlansOfStatements reads = new PlansOfStatements(sql -> sql.contains(" from deal "));

        assertThat(new JdbiPersistence(Jdbi.create(reads.recording(database))).moneyFlows().dealPurchases(Optional.of(LocalDate.of(2025, 1, 1)),
                Optional.of(LocalDate.of(2025, 12, 31)))).isNotEmpty();

        assertThat(reads.plans()).hasSize(1)
                .allSatisfy(plan -> assertThat(plan).contains("/* public.deal_by_announced_on: "));
        Set<String> named = new TreeSet<>();
        WORD.matcher(reads.statements().get(0)).results().map(MatchResult::group).forEach(named::add);
        named.retainAll(columns(database, "select column_name from information_schema.columns"
                + " where table_name = 'deal'"));
        assertThat(named).contains("customer", "value_low", "announced_on")
                .isSubsetOf(columns(database, "select column_name from information_schema.index_columns"
                        + " where index_name = 'deal_by_announced_on'"));
    }

    private static Set<String> columns(DataSource database, String sql) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }
}

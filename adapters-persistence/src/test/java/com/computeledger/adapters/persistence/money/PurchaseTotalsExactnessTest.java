package com.computeledger.adapters.persistence.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.money.DealPurchases;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.LedgerCalendar;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deals as purchases from the running totals (no period, docs/adr/0032) are what the deal table sums to (a period
 * from the earliest day the ledger takes), labels included, after inserts, revisions that change a deal's spelling,
 * provider and value, status changes in and out of the cancelled ones, and a rebuild; on H2 and on PostgreSQL.
 */
class PurchaseTotalsExactnessTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private static final Actor LOADER = new Actor("loader");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theTotalsAnswerAsTheDealTableDoes(String database) throws Exception {
        DataSource dataSource = database.equals("h2") ? TestDatabases.freshH2() : TestDatabases.freshPostgres();
        JdbiPersistence storage = new JdbiPersistence(Jdbi.create(dataSource));
        ArticleDemoData.organisations().forEach(storage.organisations()::insert);
        ArticleDemoData.providers().forEach(storage.providers()::insert);
        ArticleDemoData.accelerators().forEach(storage.accelerators()::insert);
        List<ArticleDemoData.DemoDeal> demo = ArticleDemoData.deals();
        demo.forEach(deal -> storage.deals().add(Deal.record(deal.id(), deal.details(), LOADER, NOW)));
        DealId spelledApart = new DealId(UUID.randomUUID());
        storage.deals().add(Deal.record(spelledApart, spelled("Openai", demo.get(0).details()), LOADER, NOW));
        assertSame(storage, "after inserts");

        Deal renamed = storage.deals().findById(spelledApart).orElseThrow();
        storage.deals().save(renamed.revise(spelled("OPENAI", demo.get(1).details()), LOADER, NOW).orElseThrow());
        Deal cancelled = storage.deals().findById(demo.get(2).id()).orElseThrow();
        storage.deals().save(cancelled.changeStatus(DealStatus.CANCELLED, LOADER, NOW));
        Deal active = storage.deals().findById(demo.get(3).id()).orElseThrow();
        storage.deals().save(active.changeStatus(DealStatus.ACTIVE, LOADER, NOW));
        assertSame(storage, "after a revision and status changes");
        assertThat(storage.moneyFlows().dealPurchases(Optional.empty(), Optional.empty()))
                .as("the least spelling names the customer").extracting(DealPurchases::customer)
                .extracting(Customer::name).contains("OPENAI").doesNotContain("Openai");

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PurchaseTotals.rebuild(connection);
            connection.commit();
        }
        assertSame(storage, "after a rebuild");
    }

    private static DealDetails spelled(String customer, DealDetails details) {
        return new DealDetails(Customer.of(customer), details.providerId(), details.announcedOn(), details.term(),
                details.value(), details.valueConfidence(), details.commitments(), details.expansion(),
                details.sources());
    }

    private static void assertSame(JdbiPersistence storage, String when) {
        List<DealPurchases> fromTotals = storage.moneyFlows().dealPurchases(Optional.empty(), Optional.empty());
        List<DealPurchases> fromDeals = storage.moneyFlows().dealPurchases(Optional.of(LedgerCalendar.EARLIEST),
                Optional.empty());
        assertThat(fromTotals).as(when).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromDeals);
        assertThat(fromTotals).as(when).extracting(DealPurchases::providerId).contains(new ProviderId("aws"));
    }
}

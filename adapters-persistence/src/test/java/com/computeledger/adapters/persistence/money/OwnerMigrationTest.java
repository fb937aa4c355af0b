package com.computeledger.adapters.persistence.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.H2Defaults;
import com.computeledger.adapters.persistence.JdbiLedgerStorageFactory;
import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.OrganisationRole;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import com.computeledger.domain.shared.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A ledger kept before organisations existed (migrations V1 to V7, the demo providers and a deal) is migrated to V8:
 * the providers name their owners, the owners exist with their role, and the deal reads as it was stored.
 */
class OwnerMigrationTest {

    @Test
    void theDemoProvidersOfAnExistingLedgerAreLinkedToTheirOwnersAndItsDealsStayAsTheyWere() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + H2Defaults.portableSettings());
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("7").load().migrate();
        // today's deal repository keeps the purchase totals of V11 (docs/adr/0032): the table is made ahead so that it
        // can seed the older ledger, and V11 fills it again from the deals
        try (Connection connection = database.getConnection()) {
            PurchaseTotals.create(connection);
        }
        Jdbi jdbi = Jdbi.create(database);
        Stream.concat(ArticleDemoData.providers().stream(),
                Stream.of(new Provider(new ProviderId("nebius"), "Nebius", ProviderKind.NEOCLOUD)))
                .forEach(provider -> jdbi.useHandle(handle -> { // as V1 to V7 stored a provider
                    handle.execute("insert into provider (id, name, kind) values (?, ?, ?)", provider.id().value(),
                            provider.name(), provider.kind().name());
                    ProviderTotals.addProvider(handle, provider.id().value());
                }));
        JdbiPersistence before = new JdbiPersistence(jdbi);
        ArticleDemoData.accelerators().forEach(before.accelerators()::insert);
        DealChange recorded = Deal.record(ArticleDemoData.OPENAI_AWS, ArticleDemoData.deals().get(0).details(),
                new Actor("before-v8"), Instant.parse("2025-11-03T12:00:00Z"));
        before.deals().add(recorded);

        new JdbiLedgerStorageFactory().migrate(database);
        JdbiPersistence after = new JdbiPersistence(Jdbi.create(database));

        assertThat(after.providers().findAll()).filteredOn(provider -> !provider.id().value().equals("nebius"))
                .containsExactlyInAnyOrderElementsOf(ArticleDemoData.providers());
        assertThat(after.providers().findById(new ProviderId("nebius")).flatMap(Provider::owner)).isEmpty();
        assertThat(after.organisations().findById(new OrganisationId("amazon")))
                .hasValueSatisfying(amazon -> assertThat(amazon.roles()).isEqualTo(Set.of(OrganisationRole.PROVIDER)));
        assertThat(after.organisations().findById(new OrganisationId("nvidia")))
                .hasValueSatisfying(nvidia -> assertThat(nvidia.roles()).isEqualTo(Set.of(OrganisationRole.CHIP_VENDOR)));
        assertThat(after.organisations().findAll()).hasSize(5);
        assertThat(after.deals().findById(recorded.deal().id())).contains(recorded.deal());
    }
}

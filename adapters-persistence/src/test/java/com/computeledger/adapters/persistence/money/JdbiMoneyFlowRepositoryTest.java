package com.computeledger.adapters.persistence.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.DealPurchases;
import com.computeledger.domain.money.FlowTotal;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowChange;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.money.RecordedFlow;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Money flows, their history and revenue run rates stored and read back exactly, filtered and paged, and the deals
 * summed per customer and provider as compute purchases; on H2 and on PostgreSQL (the migration V8 on both).
 */
class JdbiMoneyFlowRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30.123456Z");
    private static final OrganisationId OPENAI = new OrganisationId("openai");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void flowsRoundTripWithSourcesAndHistoryAndAreFilteredAndPaged(String database) {
        JdbiPersistence storage = storage(database);
        List<MoneyFlowChange> recorded = ArticleDemoData.flows().stream()
                .map(demo -> MoneyFlow.record(demo.id(), demo.details(), new Actor("loader"), NOW)).toList();
        recorded.forEach(storage.moneyFlows()::add);
        MoneyFlow nvidia = recorded.get(0).flow();

        assertThat(storage.moneyFlows().findById(nvidia.id())).contains(nvidia);
        assertThat(storage.moneyFlows().history(nvidia.id())).containsExactly(recorded.get(0).historyEntry());
        assertThat(storage.moneyFlows().history(nvidia.id()).get(0).kind()).isEqualTo(DealChangeKind.RECORDED);
        assertThatThrownBy(() -> storage.moneyFlows().add(recorded.get(0))).isInstanceOf(AlreadyExistsException.class);

        MoneyFlowFilter openAi = new MoneyFlowFilter(Optional.empty(), Optional.of(OPENAI), Optional.empty(),
                Optional.empty());
        List<MoneyFlow> all = storage.moneyFlows().findAll(openAi);
        assertThat(all).extracting(flow -> flow.id().toString()) // ordered as the database orders UUIDs: as text
                .containsExactlyElementsOf(List.of(ArticleDemoData.NVIDIA_OPENAI, ArticleDemoData.MICROSOFT_OPENAI,
                        ArticleDemoData.OPENAI_COREWEAVE).stream().map(Object::toString).sorted().toList());
        List<MoneyFlow> first = storage.moneyFlows().search(openAi, Optional.empty(), 2);
        List<MoneyFlow> rest = storage.moneyFlows().search(openAi, Optional.of(first.get(1).id()), 2);
        assertThat(first).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(rest).containsExactlyElementsOf(all.subList(2, 3));

        MoneyFlowFilter investments2025 = new MoneyFlowFilter(Optional.of(MoneyFlowKind.EQUITY_INVESTMENT),
                Optional.empty(), Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(LocalDate.of(2025, 12, 31)));
        assertThat(storage.moneyFlows().findAll(investments2025)).extracting(MoneyFlow::id)
                .containsExactly(ArticleDemoData.NVIDIA_OPENAI);
        assertThat(storage.moneyFlows().graphFlows(openAi)).containsExactlyElementsOf(all.stream()
                .map(flow -> new RecordedFlow(flow.id(), flow.details().kind(), flow.details().payer(),
                        flow.details().payee(), flow.details().value())).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void dealsAreSummedPerCustomerAndProviderLeavingCancelledOnesOut(String database) {
        JdbiPersistence storage = storage(database);
        List<ArticleDemoData.DemoDeal> demo = ArticleDemoData.deals();
        demo.forEach(deal -> storage.deals().add(Deal.record(deal.id(), deal.details(), new Actor("loader"), NOW)));
        storage.deals().add(Deal.record(new DealId(UUID.randomUUID()), demo.get(0).details(), Actor.ANONYMOUS, NOW));
        storage.deals().save(storage.deals().findById(ArticleDemoData.OPENAI_ORACLE).orElseThrow()
                .changeStatus(DealStatus.CANCELLED, Actor.ANONYMOUS, NOW));

        List<DealPurchases> purchases = storage.moneyFlows().dealPurchases(Optional.empty(), Optional.empty()).stream()
                .sorted(Comparator.comparing(row -> row.providerId().value())).toList();

        assertThat(purchases).containsExactly(
                new DealPurchases(Customer.of("OpenAI"), new ProviderId("aws"),
                        new FlowTotal(Money.usd("76000000000"), Money.usd("76000000000"), 2, 0)),
                new DealPurchases(Customer.of("OpenAI"), new ProviderId("google-cloud"),
                        new FlowTotal(Money.ZERO, Money.ZERO, 1, 1)),
                new DealPurchases(Customer.of("OpenAI"), new ProviderId("microsoft-azure"),
                        new FlowTotal(Money.usd("250000000000"), Money.usd("250000000000"), 1, 0)));
        assertThat(storage.moneyFlows().dealPurchases(Optional.of(LocalDate.of(2025, 10, 1)), Optional.empty()))
                .extracting(DealPurchases::providerId)
                .containsExactlyInAnyOrder(new ProviderId("aws"), new ProviderId("microsoft-azure"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void revenueRunRatesAreKeptPerDateNewestFirst(String database) {
        JdbiPersistence storage = storage(database);
        RevenueRunRate latest = ArticleDemoData.openAiRunRate();
        RevenueRunRate earlier = new RevenueRunRate(OPENAI, Money.usd("13000000000.50"), LocalDate.of(2025, 8, 1),
                ValueConfidence.REPORTED, new Source("Earlier", URI.create("https://example.com/earlier"),
                LocalDate.of(2025, 8, 2)));
        storage.revenueRunRates().add(earlier);
        storage.revenueRunRates().add(latest);

        assertThat(storage.revenueRunRates().findAll(OPENAI)).containsExactly(latest, earlier);
        assertThat(storage.revenueRunRates().findAll(new OrganisationId("nvidia"))).isEmpty();
        assertThatThrownBy(() -> storage.revenueRunRates().add(latest)).isInstanceOf(AlreadyExistsException.class);
    }

    /** A fresh database with the demo organisations, providers and accelerators. */
    private static JdbiPersistence storage(String database) {
        DataSource dataSource = database.equals("h2") ? TestDatabases.freshH2() : TestDatabases.freshPostgres();
        JdbiPersistence storage = new JdbiPersistence(Jdbi.create(dataSource));
        ArticleDemoData.organisations().forEach(storage.organisations()::insert);
        ArticleDemoData.providers().forEach(storage.providers()::insert);
        ArticleDemoData.accelerators().forEach(storage.accelerators()::insert);
        return storage;
    }
}

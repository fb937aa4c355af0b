package com.computeledger.adapters.persistence.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.InterleavingDataSource;
import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowChange;
import com.computeledger.domain.money.MoneyFlowDetails;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A money flow reads back as one state the ledger had when a revision commits between the statements that read its
 * sources and its row (docs/adr/0037); before the fix such a read paired version 1's sources with version 2's row.
 */
class MoneyFlowReadConsistencyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30.123456Z");
    private static final MoneyFlowFilter ALL = new MoneyFlowFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFlowRevisedWhileItIsReadByIdReadsAsTheRevision(String database) {
        assertReadAsOneState(database, (flows, original) -> flows.moneyFlows().findById(original.id()).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFlowRevisedWhileItsPageIsReadReadsAsTheRevision(String database) {
        assertReadAsOneState(database,
                (flows, original) -> single(flows.moneyFlows().search(ALL, Optional.empty(), 5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFlowRevisedWhileAllAreReadReadsAsTheRevision(String database) {
        assertReadAsOneState(database, (flows, original) -> single(flows.moneyFlows().findAll(ALL)));
    }

    private static void assertReadAsOneState(String database, BiFunction<JdbiPersistence, MoneyFlow, MoneyFlow> read) {
        DataSource data = database.equals("h2") ? TestDatabases.freshH2() : TestDatabases.freshPostgres();
        JdbiPersistence writer = new JdbiPersistence(Jdbi.create(data));
        ArticleDemoData.organisations().forEach(writer.organisations()::insert);
        MoneyFlow original = MoneyFlow.record(ArticleDemoData.flows().get(0).id(), ArticleDemoData.flows().get(0)
                .details(), new Actor("loader"), NOW).flow();
        writer.moneyFlows().add(MoneyFlow.record(original.id(), original.details(), new Actor("loader"), NOW));
        MoneyFlowDetails details = original.details();
        MoneyFlowChange revision = original.revise(new MoneyFlowDetails(details.kind(), details.payer(),
                        details.payee(), details.announcedOn(), details.term(), details.value(),
                        details.valueConfidence(), List.of(details.sources().get(0), details.sources().get(0))),
                new Actor("analyst"), NOW.plusSeconds(60)).orElseThrow();
        AtomicReference<Runnable> revise = new AtomicReference<>(() -> writer.moneyFlows().save(revision));
        JdbiPersistence reader = new JdbiPersistence(Jdbi.create(
                InterleavingDataSource.runningBefore("select id, kind, payer_id", revise, data)));

        MoneyFlow readBack = read.apply(reader, original);

        assertThat(revise.get()).as("the revision committed in the middle of the read").isNull();
        assertThat(readBack).isEqualTo(revision.flow());
        assertThat(readBack.details().sources()).hasSize(2);
    }

    private static MoneyFlow single(List<MoneyFlow> flows) {
        assertThat(flows).hasSize(1);
        return flows.get(0);
    }
}

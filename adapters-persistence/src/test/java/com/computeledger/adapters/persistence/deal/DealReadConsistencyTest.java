package com.computeledger.adapters.persistence.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.InterleavingDataSource;
import com.computeledger.adapters.persistence.JdbiPersistence;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.contract.ContractData;
import com.computeledger.application.contract.OutPorts;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealFilter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deal reads back as one state the ledger had, even when a revision commits between the statement that reads its
 * row and those that read its children (docs/adr/0037). The revision is committed on another connection at the
 * moment the read asks for the deal's commitments; before the fix, such a read paired version 1's row with version
 * 2's commitments and sources (seen over HTTP in 15 of 21,644 reads racing 474 revisions).
 */
class DealReadConsistencyTest {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) TestDatabases::freshH2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) TestDatabases::freshPostgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDealRevisedWhileItIsReadByIdReadsAsTheRevision(String database, Supplier<DataSource> storage) {
        assertReadAsOneState(storage.get(), (deals, original) -> deals.findById(original.id()).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDealRevisedWhileItsPageIsReadReadsAsTheRevision(String database, Supplier<DataSource> storage) {
        assertReadAsOneState(storage.get(), (deals, original) -> {
            List<Deal> page = deals.search(new DealFilter(Optional.empty(), Optional.empty(), DealFilter.notCancelled(),
                    Optional.empty(), Optional.empty()), DealSort.DEFAULT, Optional.empty(), 10).deals();
            assertThat(page).hasSize(1);
            return page.get(0);
        });
    }

    private static void assertReadAsOneState(DataSource data, ReadOf read) {
        OutPorts writer = TestDatabases.portsOn(data);
        ContractData.referenceData(writer);
        Deal original = ContractData.deal(1, ContractData.richDetails());
        ContractData.store(writer, List.of(original));
        DealDetails details = original.details();
        DealChange revision = original.revise(new DealDetails(details.customer(), details.providerId(),
                        details.announcedOn(), details.term(), details.value(), details.valueConfidence(),
                        details.commitments().subList(0, 1), details.expansion(), details.sources().subList(0, 1)),
                ContractData.ANALYST, original.updatedAt().plusSeconds(60)).orElseThrow();
        AtomicReference<Runnable> revise = new AtomicReference<>(() -> writer.unitOfWork().inTransaction(() -> {
            writer.deals().save(revision);
            return null;
        }));
        DealRepository reader = new JdbiPersistence(Jdbi.create(
                InterleavingDataSource.runningBefore("from deal_commitment", revise, data)))
                .deals();

        Deal readBack = read.apply(reader, original);

        assertThat(revise.get()).as("the revision committed in the middle of the read").isNull();
        assertThat(readBack).isEqualTo(revision.deal());
        assertThat(readBack.details().commitments()).hasSize(1);
        assertThat(readBack.details().sources()).hasSize(1);
    }

    /** A read of the deal repository. */
    private interface ReadOf {
        Deal apply(DealRepository deals, Deal original);
    }
}

package com.computeledger.adapters.persistence.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.H2Defaults;
import com.computeledger.adapters.persistence.JdbiLedgerStorageFactory;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.contract.ContractData;
import com.computeledger.application.contract.OutPorts;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * Reads racing revisions on a pooled H2 database, as the service runs it: every deal read back is a state some
 * revision stored (docs/adr/0037). Without the version check a read paired one version's row with another's
 * children; without {@code OPTIMIZE_REUSE_RESULTS=FALSE} H2 served a query's cached result from before a commit.
 */
class DealReadRaceTest {

    private static final int REVISIONS = 400;
    private static final int READERS = 4;

    @Test
    void everyDealReadWhileItIsRevisedIsAStateThatWasStored() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;"
                + H2Defaults.portableSettings(), "sa", "");
        pool.setMaxConnections(READERS + 2);
        try {
            new JdbiLedgerStorageFactory().migrate(pool);
            OutPorts ports = TestDatabases.portsOn(pool);
            ContractData.referenceData(ports);
            Deal first = ContractData.deal(1, ContractData.richDetails());
            ContractData.store(ports, List.of(first));
            Set<Deal> stored = ConcurrentHashMap.newKeySet();
            stored.add(first);
            AtomicBoolean revising = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(READERS);
            try {
                List<Future<List<Deal>>> reads = IntStream.range(0, READERS).mapToObj(reader -> readers.submit(() ->
                        readWhile(revising, ports, first.id(), stored))).toList();
                Deal current = first;
                for (int revision = 1; revision <= REVISIONS; revision++) {
                    DealChange change = current.revise(shape(first.details(), revision), ContractData.ANALYST,
                            current.updatedAt().plusSeconds(1)).orElseThrow();
                    stored.add(change.deal());
                    ports.unitOfWork().inTransaction(() -> {
                        ports.deals().save(change);
                        return null;
                    });
                    current = change.deal();
                }
                revising.set(false);
                for (Future<List<Deal>> read : reads) {
                    assertThat(read.get()).as("deals read that no revision stored").isEmpty();
                }
            } finally {
                readers.shutdownNow();
            }
        } finally {
            pool.dispose();
        }
    }

    /** Reads the deal until the revisions end; the reads that are not a stored state. */
    private static List<Deal> readWhile(AtomicBoolean revising, OutPorts ports, DealId id, Set<Deal> stored) {
        List<Deal> strange = new ArrayList<>();
        while (revising.get()) {
            Deal read = ports.deals().findById(id).orElseThrow();
            if (!stored.contains(read)) {
                strange.add(read);
            }
        }
        return strange;
    }

    /** Alternately one commitment and source, or two of each; the customer's spelling tells the versions apart. */
    private static DealDetails shape(DealDetails rich, int revision) {
        int count = revision % 2 == 1 ? 1 : 2;
        return new DealDetails(Customer.of("Customer " + revision), rich.providerId(),
                rich.announcedOn(), rich.term(), rich.value(), rich.valueConfidence(),
                rich.commitments().subList(0, count), rich.expansion(), rich.sources().subList(0, count));
    }
}

package com.computeledger.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.contract.ContractData;
import com.computeledger.application.contract.OutPorts;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.StorageUnavailableException;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.Provider;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiUnitOfWorkTest {

    private OutPorts ports;

    @BeforeEach
    void setUp() {
        ports = TestDatabases.portsOn(TestDatabases.freshH2());
    }

    @Test
    void aFailingLaterWriteLeavesNothingOfAnEarlierOne() {
        Provider aws = ArticleDemoData.providers().get(0);
        ArticleDemoData.organisations().forEach(ports.organisations()::insert);
        Accelerator gb200 = ArticleDemoData.accelerators().get(0);
        ports.accelerators().insert(gb200);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.providers().insert(aws);
            ports.accelerators().insert(gb200);
            return null;
        })).isInstanceOf(AlreadyExistsException.class);

        assertThat(ports.providers().findById(aws.id())).as("rolled back with the failed write").isEmpty();
    }

    @Test
    void aDealRowIsNotLeftWithoutItsChildrenWhenTheTransactionFails() {
        ContractData.referenceData(ports);
        var deal = ContractData.deal(1, ContractData.exactDetails("OpenAI", "aws", LocalDate.of(2025, 11, 3),
                "38000000000", 84));

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.deals().add(ContractData.asAdded(deal));
            throw new IllegalStateException("the history write failed");
        })).hasMessage("the history write failed");

        assertThat(ports.deals().findById(deal.id())).isEmpty();
    }

    @Test
    void nestedUnitsOfWorkJoinTheOuterOne() {
        Provider aws = ArticleDemoData.providers().get(0);
        ArticleDemoData.organisations().forEach(ports.organisations()::insert);

        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.unitOfWork().inTransaction(() -> {
                ports.providers().insert(aws);
                return null;
            });
            throw new IllegalStateException("outer work failed after the inner one returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.providers().findById(aws.id())).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsStorageUnavailable() {
        Jdbi down = Jdbi.create(() -> {
            throw new SQLException("Connection refused", "08001");
        });

        assertThatThrownBy(() -> new JdbiUnitOfWork(down).inTransaction(() -> "never run"))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> new JdbiUnitOfWork(down).withHandle(handle -> handle.execute("select 1")))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void aStatementTheDatabaseRefusesIsNoOutage() {
        JdbiUnitOfWork unitOfWork = new JdbiUnitOfWork(Jdbi.create(TestDatabases.freshH2()));

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> unitOfWork.withHandle(handle ->
                handle.execute("select * from no_such_table")))).isInstanceOf(JdbiException.class)
                .isNotInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void writesOutsideAUnitOfWorkCommitOnTheirOwn() {
        Provider aws = ArticleDemoData.providers().get(0);
        ArticleDemoData.organisations().forEach(ports.organisations()::insert);
        ports.providers().insert(aws);
        assertThat(ports.providers().findById(aws.id())).contains(aws);
    }
}

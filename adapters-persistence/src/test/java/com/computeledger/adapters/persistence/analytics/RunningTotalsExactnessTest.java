package com.computeledger.adapters.persistence.analytics;

import static com.computeledger.application.contract.ContractData.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.TestDatabases;
import com.computeledger.application.contract.ContractData;
import com.computeledger.application.contract.OutPorts;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.reference.ProviderId;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The running totals (per provider and status, per day, ramps per day and over all days) answer every filter
 * exactly as the plain aggregates over the deal table do, after inserts, revisions that move a deal to another
 * day, provider and commitments, status changes, and after a rebuild; on H2 and on PostgreSQL.
 */
class RunningTotalsExactnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void answersEveryFilterAsThePlainAggregates(String database) throws Exception {
        DataSource dataSource = database.equals("h2") ? TestDatabases.freshH2() : TestDatabases.freshPostgres();
        OutPorts ports = TestDatabases.portsOn(dataSource);
        JdbiUnitOfWork unitOfWork = (JdbiUnitOfWork) ports.unitOfWork();
        RunningTotalsStatistics totals = new RunningTotalsStatistics(unitOfWork);
        JdbiMarketStatistics plain = new JdbiMarketStatistics(unitOfWork);
        ContractData.referenceData(ports);
        List<Deal> deals = new ArrayList<>();
        ArticleDemoData.deals().forEach(demo ->
                deals.add(Deal.record(demo.id(), demo.details(), ANALYST, ContractData.RECORDED).deal()));
        deals.add(ContractData.deal(101, ContractData.richDetails()));
        deals.add(ContractData.deal(102, ContractData.exactDetails("OpenAI", "aws", LocalDate.of(2025, 11, 3),
                "1000.01", 7)));
        deals.add(ContractData.deal(103, ContractData.exactDetails("Meta", "oracle", LocalDate.of(2025, 11, 3),
                "333.33", 36)));
        deals.add(ContractData.deal(104, ContractData.datedDetails(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1),
                LocalDate.of(2025, 1, 1))));
        deals.add(ContractData.deal(105, ContractData.bareDetails("Anthropic", "google-cloud",
                LocalDate.of(2025, 9, 10))));
        ContractData.store(ports, deals);
        assertSame(totals, plain, "after inserts");

        ports.unitOfWork().inTransaction(() -> {
            Deal moved = ports.deals().findById(ContractData.id(102)).orElseThrow();
            ports.deals().save(moved.revise(ContractData.exactDetails("OpenAI", "oracle", LocalDate.of(2025, 9, 10),
                    "2000", 24), ANALYST, ContractData.RECORDED.plusSeconds(60)).orElseThrow());
            Deal dated = ports.deals().findById(ContractData.id(104)).orElseThrow();
            ports.deals().save(dated.revise(ContractData.datedDetails(LocalDate.of(2025, 2, 1),
                    LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1)), ANALYST, ContractData.RECORDED).orElseThrow());
            Deal cancelled = ports.deals().findById(ContractData.id(103)).orElseThrow();
            ports.deals().save(cancelled.changeStatus(DealStatus.CANCELLED, ANALYST, ContractData.RECORDED));
            Deal rich = ports.deals().findById(ContractData.id(101)).orElseThrow();
            ports.deals().save(rich.changeStatus(DealStatus.ACTIVE, ANALYST, ContractData.RECORDED));
            return null;
        });
        assertSame(totals, plain, "after revisions and status changes");

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ProviderTotals.rebuild(connection);
            connection.commit();
        }
        assertSame(totals, plain, "after a rebuild");
    }

    private static void assertSame(RunningTotalsStatistics totals, JdbiMarketStatistics plain, String when) {
        for (DealFilter filter : filters()) {
            String description = when + ", " + filter;
            assertThat(totals.valueByProvider(filter)).as(description).isEqualTo(plain.valueByProvider(filter));
            assertThat(totals.powerByProvider(filter)).as(description).isEqualTo(plain.powerByProvider(filter));
            assertThat(totals.commitmentsWithoutRamp(filter)).as(description)
                    .isEqualTo(plain.commitmentsWithoutRamp(filter));
            for (TimelineGrouping grouping : TimelineGrouping.values()) {
                assertThat(totals.capacityRamps(filter, grouping)).as(description)
                        .isEqualTo(plain.capacityRamps(filter, grouping));
            }
        }
    }

    private static List<DealFilter> filters() {
        List<List<Optional<LocalDate>>> periods = List.of(List.of(Optional.empty(), Optional.empty()),
                List.of(Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty()),
                List.of(Optional.empty(), Optional.of(LocalDate.of(2025, 10, 1))),
                List.of(Optional.of(LocalDate.of(2025, 9, 10)), Optional.of(LocalDate.of(2025, 11, 3))));
        List<Set<DealStatus>> statuses = List.of(Set.of(), DealFilter.notCancelled(),
                Set.of(DealStatus.CANCELLED, DealStatus.ACTIVE));
        List<Optional<ProviderId>> providers = List.of(Optional.empty(), Optional.of(new ProviderId("oracle")));
        List<DealFilter> filters = new ArrayList<>();
        for (List<Optional<LocalDate>> period : periods) {
            for (Set<DealStatus> status : statuses) {
                for (Optional<ProviderId> provider : providers) {
                    filters.add(new DealFilter(provider, Optional.empty(), status, period.get(0), period.get(1)));
                }
            }
        }
        filters.add(new DealFilter(Optional.empty(), Optional.of(Customer.of("OpenAI")), Set.of(),
                Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty()));
        return filters;
    }
}

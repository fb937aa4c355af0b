package com.computeledger.application.contract;

import static com.computeledger.application.contract.ContractData.ANALYST;
import static com.computeledger.application.contract.ContractData.bareDetails;
import static com.computeledger.application.contract.ContractData.deal;
import static com.computeledger.application.contract.ContractData.exactDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.LedgerCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link DealRepository}: every implementation must pass it unchanged. */
public abstract class DealRepositoryContract {

    private OutPorts ports;
    private DealRepository deals;

    /** A fresh, empty store with the schema in place. */
    protected abstract OutPorts freshPorts();

    @BeforeEach
    void setUpStore() {
        ports = freshPorts();
        deals = ports.deals();
        ContractData.referenceData(ports);
    }

    @Test
    void storesAndLoadsEveryFieldOfADeal() {
        List<Deal> originals = List.of(deal(1, ContractData.richDetails()),
                deal(2, bareDetails("Anthropic", "google-cloud", LocalDate.of(2025, 10, 23))),
                deal(3, exactDetails("OpenAI", "aws", LocalDate.of(2025, 11, 3), "38000000000", 84)));
        originals.forEach(this::insert);

        originals.forEach(original -> assertThat(deals.findById(original.id())).contains(original));
        assertThat(deals.findById(ContractData.id(99))).isEmpty();
    }

    @Test
    void storesABatchOfNewDealsWithTheirHistory() {
        List<DealChange> recorded = List.of(
                Deal.record(ContractData.id(1), ContractData.richDetails(), ANALYST, ContractData.RECORDED),
                Deal.record(ContractData.id(2), bareDetails("Anthropic", "google-cloud", LocalDate.of(2025, 10, 23)),
                        ANALYST, ContractData.RECORDED));

        transaction(() -> deals.addAll(recorded));

        recorded.forEach(change -> {
            assertThat(deals.findById(change.deal().id())).contains(change.deal());
            assertThat(deals.history(change.deal().id())).containsExactly(change.historyEntry());
        });
    }

    @Test
    void refusesASecondDealWithTheSameId() {
        insert(deal(1, ContractData.richDetails()));

        assertThatThrownBy(() -> insert(deal(1, bareDetails("Other", "aws", LocalDate.of(2025, 1, 1)))))
                .isInstanceOf(AlreadyExistsException.class);
        assertThat(deals.findById(ContractData.id(1)).orElseThrow().details()).isEqualTo(ContractData.richDetails());
    }

    @Test
    void updatesOnlyTheVersionItWasReadAt() {
        Deal original = deal(1, ContractData.richDetails());
        insert(original);
        DealChange revision = original.revise(exactDetails("OpenAI", "aws", LocalDate.of(2025, 11, 3), "1", 12),
                ANALYST, Instant.parse("2026-11-29T00:00:00Z")).orElseThrow();

        transaction(() -> deals.save(revision));
        assertThat(deals.findById(original.id())).contains(revision.deal());

        DealChange conflicting = original.changeStatus(DealStatus.CANCELLED, ANALYST,
                Instant.parse("2026-11-30T00:00:00Z"));
        assertThatThrownBy(() -> transaction(() -> deals.save(conflicting)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(deals.findById(original.id())).as("the stale write changed nothing").contains(revision.deal());
        assertThat(deals.history(original.id())).extracting(DealHistoryEntry::version).containsExactly(1L, 2L);
    }

    @Test
    void keepsEveryHistoryEntryInVersionOrder() {
        DealChange recorded = Deal.record(ContractData.id(1), ContractData.richDetails(), ANALYST,
                ContractData.RECORDED);
        DealChange moved = recorded.deal().changeStatus(DealStatus.ACTIVE, ANALYST,
                ContractData.RECORDED.plusSeconds(60));
        transaction(() -> {
            deals.add(recorded);
            deals.save(moved);
        });

        List<DealHistoryEntry> history = deals.history(ContractData.id(1));

        assertThat(history).containsExactly(recorded.historyEntry(), moved.historyEntry());
        assertThat(history.get(0).kind()).isEqualTo(DealChangeKind.RECORDED);
        assertThat(history.get(0).changes()).isNotEmpty();
        assertThat(deals.history(ContractData.id(2))).isEmpty();
    }

    @Test
    void restoresDealsWithTheirWholeHistoryAsArchived() {
        DealArchive revisedAndCompleted = lifeOf(ContractData.id(1));
        DealChange recorded = Deal.record(ContractData.id(2), ContractData.richDetails(), ANALYST,
                ContractData.RECORDED);
        DealArchive justRecorded = new DealArchive(recorded.deal(), List.of(recorded.historyEntry()));

        assertThat(deals.count()).isZero();
        transaction(() -> deals.restoreAll(List.of(revisedAndCompleted, justRecorded)));

        assertThat(deals.count()).isEqualTo(2);

        for (DealArchive archive : List.of(revisedAndCompleted, justRecorded)) {
            assertThat(deals.findById(archive.id())).contains(archive.deal());
            assertThat(deals.history(archive.id())).isEqualTo(archive.history());
        }
        assertThatThrownBy(() -> transaction(() -> deals.restoreAll(List.of(justRecorded))))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void readsSeveralDealsAndTheirHistoriesAtOnce() {
        DealArchive first = lifeOf(ContractData.id(1));
        DealArchive second = lifeOf(ContractData.id(2));
        transaction(() -> deals.restoreAll(List.of(first, second)));

        List<DealId> asked = List.of(ContractData.id(2), ContractData.id(99), ContractData.id(1), ContractData.id(2));
        assertThat(deals.findAllById(asked)).containsExactlyInAnyOrder(first.deal(), second.deal());
        assertThat(deals.histories(asked)).containsOnlyKeys(first.id(), second.id())
                .containsEntry(first.id(), first.history()).containsEntry(second.id(), second.history());
        assertThat(deals.findAllById(List.of())).isEmpty();
        assertThat(deals.histories(List.of())).isEmpty();
    }

    /** A deal recorded, revised, then moved to active and completed: four versions. */
    private static DealArchive lifeOf(DealId id) {
        DealChange recorded = Deal.record(id, ContractData.richDetails(), ANALYST, ContractData.RECORDED);
        DealChange revised = recorded.deal().revise(exactDetails("OpenAI", "aws", LocalDate.of(2025, 11, 3),
                "38000000000", 84), ANALYST, ContractData.RECORDED.plusSeconds(60)).orElseThrow();
        DealChange active = revised.deal().changeStatus(DealStatus.ACTIVE, ANALYST,
                ContractData.RECORDED.plusSeconds(120));
        DealChange completed = active.deal().changeStatus(DealStatus.COMPLETED, ANALYST,
                ContractData.RECORDED.plusSeconds(180));
        return new DealArchive(completed.deal(), List.of(recorded, revised, active, completed).stream()
                .map(DealChange::historyEntry).toList());
    }

    @Test
    void filtersByProviderCustomerStatusAndInclusivePeriod() {
        insert(deal(1, exactDetails("OpenAI", "aws", LocalDate.of(2025, 11, 3), "38000000000", 84)));
        insert(deal(2, exactDetails("OpenAI", "oracle", LocalDate.of(2025, 9, 10), "300000000000", 60)));
        insert(deal(3, exactDetails("Anthropic", "google-cloud", LocalDate.of(2025, 10, 23), "10000000000", 72)));
        Deal cancelled = deal(4, bareDetails("Meta", "google-cloud", LocalDate.of(2025, 8, 21)));
        insert(cancelled.changeStatus(DealStatus.CANCELLED, ANALYST, ContractData.RECORDED).deal());

        assertThat(ids(filter(Optional.of(new ProviderId("google-cloud")), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty()))).containsExactlyInAnyOrder(3L, 4L);
        assertThat(ids(filter(Optional.empty(), Optional.of(Customer.of("OPENAI")), Set.of(), Optional.empty(),
                Optional.empty()))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), DealFilter.notCancelled(), Optional.empty(),
                Optional.empty()))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Set.of(DealStatus.CANCELLED), Optional.empty(),
                Optional.empty()))).containsExactly(4L);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Set.of(), Optional.of(LocalDate.of(2025, 9, 10)),
                Optional.of(LocalDate.of(2025, 10, 23))))).containsExactlyInAnyOrder(2L, 3L);
    }

    @ParameterizedTest
    @EnumSource(DealSort.class)
    void pagesThroughEveryDealOnceInSortOrder(DealSort sort) {
        for (long n = 1; n <= 7; n++) {
            insert(deal(n, exactDetails(n % 3 == 0 ? "Anthropic" : "OpenAI", "aws",
                    LocalDate.of(2025, 1, 1).plusDays(n % 4), "1000", 12)));
        }

        List<Deal> everything = deals.search(DealFilter.ALL, sort, Optional.empty(), 100).deals();
        List<Deal> paged = readAllPages(sort, 2);

        assertThat(everything).hasSize(7);
        assertThat(paged).containsExactlyElementsOf(everything);
        for (int i = 1; i < everything.size(); i++) {
            assertThat(inOrder(sort, everything.get(i - 1), everything.get(i)))
                    .as("%s before %s under %s", everything.get(i - 1), everything.get(i), sort).isTrue();
        }
    }

    @Test
    void aPageEndsWithACursorOnlyWhenMoreFollow() {
        insert(deal(1, bareDetails("A", "aws", LocalDate.of(2025, 1, 1))));
        insert(deal(2, bareDetails("B", "aws", LocalDate.of(2025, 1, 2))));

        assertThat(deals.search(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 1).next()).isPresent();
        assertThat(deals.search(DealFilter.ALL, DealSort.DEFAULT, Optional.empty(), 2).next()).isEmpty();
    }

    @Test
    void pagingStaysStableWhenDealsAreInsertedBetweenPages() {
        for (long n = 1; n <= 4; n++) {
            insert(deal(n, bareDetails("C" + n, "aws", LocalDate.of(2025, 1, (int) n))));
        }
        DealPage first = deals.search(DealFilter.ALL, DealSort.ANNOUNCED_ON_ASC, Optional.empty(), 2);
        insert(deal(5, bareDetails("Early", "aws", LocalDate.of(2024, 1, 1))));
        insert(deal(6, bareDetails("Late", "aws", LocalDate.of(2026, 1, 1))));

        DealPage second = deals.search(DealFilter.ALL, DealSort.ANNOUNCED_ON_ASC, first.next(), 10);

        assertThat(first.deals()).extracting(d -> d.details().customer().name()).containsExactly("C1", "C2");
        assertThat(second.deals()).extracting(d -> d.details().customer().name()).containsExactly("C3", "C4", "Late");
    }

    private List<Deal> readAllPages(DealSort sort, int pageSize) {
        List<Deal> all = new ArrayList<>();
        Optional<DealCursor> cursor = Optional.empty();
        do {
            DealPage page = deals.search(DealFilter.ALL, sort, cursor, pageSize);
            all.addAll(page.deals());
            cursor = page.next();
        } while (cursor.isPresent());
        return all;
    }

    private static boolean inOrder(DealSort sort, Deal first, Deal second) {
        int byKey = switch (sort) {
            case ANNOUNCED_ON_ASC, ANNOUNCED_ON_DESC ->
                    first.details().announcedOn().compareTo(second.details().announcedOn());
            case RECORDED_AT_ASC, RECORDED_AT_DESC -> first.recordedAt().compareTo(second.recordedAt());
            case CUSTOMER_ASC, CUSTOMER_DESC ->
                    first.details().customer().key().compareTo(second.details().customer().key());
        };
        int order = byKey != 0 ? byKey : first.id().toString().compareTo(second.id().toString());
        return sort.descending() ? order > 0 : order < 0;
    }

    private List<Long> ids(DealFilter filter) {
        return deals.search(filter, DealSort.DEFAULT, Optional.empty(), 100).deals().stream()
                .map(Deal::id).map(DealId::value).map(uuid -> uuid.getLeastSignificantBits()).toList();
    }

    private static DealFilter filter(Optional<ProviderId> provider, Optional<Customer> customer,
                                     Set<DealStatus> statuses, Optional<LocalDate> from, Optional<LocalDate> to) {
        return new DealFilter(provider, customer, statuses, from, to);
    }

    /**
     * Property: every date the ledger accepts is stored and read back exactly, at the edges of its calendar
     * and at seeded random days in between (the calendar switch of 1582 and leap days included).
     */
    @Test
    void storesEveryDateOfTheLedgersCalendarExactly() {
        Random random = new Random(20261202L);
        long firstDay = LedgerCalendar.EARLIEST.toEpochDay();
        long days = LedgerCalendar.LATEST.toEpochDay() - firstDay + 1;
        List<LocalDate> dates = new ArrayList<>(List.of(LedgerCalendar.EARLIEST, LedgerCalendar.LATEST,
                LocalDate.of(2000, 2, 29), LocalDate.of(1900, 2, 28), LocalDate.of(2200, 3, 1)));
        random.longs(45, 0, days).mapToObj(offset -> LocalDate.ofEpochDay(firstDay + offset)).forEach(dates::add);
        for (int n = 0; n < dates.size(); n++) {
            LocalDate date = dates.get(n);
            LocalDate other = dates.get(dates.size() - 1 - n);
            LocalDate start = date.isBefore(other) ? date : other;
            LocalDate end = date.isBefore(other) ? other : date;
            Deal original = deal(1000 + n, ContractData.datedDetails(date, start, end));
            insert(original);
            assertThat(deals.findById(original.id())).as("dates %s, %s, %s", date, start, end).contains(original);
        }
    }

    /** A deal stored before the calendar rule (rebuilt as stored) keeps its dates too: no calendar shift before 1582. */
    @Test
    void storesDatesBeforeTheGregorianSwitchExactly() {
        List<LocalDate> dates = List.of(LocalDate.of(1500, 3, 1), LocalDate.of(1582, 10, 4), LocalDate.of(1, 1, 1));
        for (int n = 0; n < dates.size(); n++) {
            LocalDate date = dates.get(n);
            Deal original = ContractData.storedUnderOlderRules(2000 + n, ContractData.datedDetails(date, date, date));
            insert(original);
            assertThat(deals.findById(original.id())).as("date %s", date).contains(original);
        }
    }

    private void insert(Deal deal) {
        transaction(() -> deals.add(ContractData.asAdded(deal)));
    }

    private void transaction(Runnable work) {
        ports.unitOfWork().inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

package com.computeledger.application.deal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.contract.ContractData;
import com.computeledger.application.deal.port.in.DealUseCases.RestoreOutcome;
import com.computeledger.application.deal.port.in.DealUseCases.RestoreOutcome.Result;
import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.fake.InMemoryAcceleratorRepository;
import com.computeledger.application.fake.InMemoryDealRepository;
import com.computeledger.application.fake.InMemoryIdempotencyKeys;
import com.computeledger.application.fake.InMemoryProviderRepository;
import com.computeledger.application.fake.InMemoryUnitOfWork;
import com.computeledger.application.fake.SequentialDealIdSource;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.reference.ProviderId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backing up and restoring deals through the service, on the in-memory out-ports. */
class DealRestoreTest {

    private static final Instant RECORDED = Instant.parse("2025-11-03T09:00:00.123456Z");
    private static final DealId FIRST = new DealId(UUID.fromString("6f1c0a7e-0000-4000-8000-000000000001"));
    private static final DealId SECOND = new DealId(UUID.fromString("6f1c0a7e-0000-4000-8000-000000000002"));

    private DealService service;

    @BeforeEach
    void setUp() {
        InMemoryProviderRepository providers = new InMemoryProviderRepository();
        InMemoryAcceleratorRepository accelerators = new InMemoryAcceleratorRepository();
        ArticleDemoData.providers().forEach(providers::insert);
        ArticleDemoData.accelerators().forEach(accelerators::insert);
        service = new DealService(new InMemoryDealRepository(), providers, accelerators, new InMemoryIdempotencyKeys(),
                new InMemoryUnitOfWork(), new SequentialDealIdSource(), Clock.fixed(RECORDED, ZoneOffset.UTC));
    }

    @Test
    void restoresEachDealExactlyAsArchivedWithItsHistory() {
        DealArchive cancelled = archive(FIRST, ContractData.richDetails(), DealStatus.CANCELLED);
        DealArchive announced = archive(SECOND, ContractData.richDetails(), DealStatus.ANNOUNCED);

        List<RestoreOutcome> outcomes = service.restoreAll(List.of(cancelled, announced));

        assertThat(outcomes).containsExactly(RestoreOutcome.restored(FIRST), RestoreOutcome.restored(SECOND));
        assertThat(service.get(FIRST)).isEqualTo(cancelled.deal());
        assertThat(service.history(FIRST)).isEqualTo(cancelled.history());
        assertThat(service.archives(List.of(SECOND, FIRST))).containsExactly(announced, cancelled);
    }

    @Test
    void restoringTheSameBackupTwiceAddsNothing() {
        DealArchive archived = archive(FIRST, ContractData.richDetails(), DealStatus.ACTIVE);
        service.restoreAll(List.of(archived));

        assertThat(service.restoreAll(List.of(archived, archived)))
                .containsExactly(RestoreOutcome.alreadyPresent(FIRST), RestoreOutcome.alreadyPresent(FIRST));
        assertThat(service.history(FIRST)).hasSize(2);
    }

    @Test
    void aDealStoredWithOtherContentIsReportedAndKept() {
        DealArchive stored = archive(FIRST, ContractData.richDetails(), DealStatus.ACTIVE);
        service.restoreAll(List.of(stored));
        DealArchive other = archive(FIRST, ContractData.richDetails(), DealStatus.CANCELLED);

        RestoreOutcome outcome = service.restoreAll(List.of(other)).get(0);

        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        assertThat(outcome.refusal().orElseThrow()).isEqualTo("is stored with other content (stored: version 2, "
                + "ACTIVE, updated 2025-11-03T09:01:00.123456Z; in the file: version 2, CANCELLED, updated "
                + "2025-11-03T09:01:00.123456Z); the stored deal is kept");
        assertThat(service.archives(List.of(FIRST))).containsExactly(stored);
    }

    @Test
    void aDealNamingAnUnregisteredProviderIsRefusedAndTheRestStored() {
        DealDetails rich = ContractData.richDetails();
        DealDetails unknownProvider = new DealDetails(rich.customer(), new ProviderId("nowhere-cloud"),
                rich.announcedOn(), rich.term(), rich.value(), rich.valueConfidence(), rich.commitments(),
                rich.expansion(), rich.sources());

        List<RestoreOutcome> outcomes = service.restoreAll(List.of(archive(FIRST, unknownProvider,
                DealStatus.ANNOUNCED), archive(SECOND, rich, DealStatus.ANNOUNCED)));

        assertThat(outcomes).containsExactly(RestoreOutcome.refused(FIRST,
                "provider 'nowhere-cloud' is not registered; register it first"), RestoreOutcome.restored(SECOND));
        assertThatThrownBy(() -> service.get(FIRST)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void archivesOfAnUnknownDealAreNotFound() {
        assertThatThrownBy(() -> service.archives(List.of(FIRST))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(FIRST.toString());
    }

    /** A deal recorded, then (unless it stays announced) moved to {@code status} a minute later. */
    private static DealArchive archive(DealId id, DealDetails details, DealStatus status) {
        DealChange recorded = Deal.record(id, details, ContractData.ANALYST, RECORDED);
        if (status == DealStatus.ANNOUNCED) {
            return new DealArchive(recorded.deal(), List.of(recorded.historyEntry()));
        }
        DealChange moved = recorded.deal().changeStatus(status, ContractData.ANALYST, RECORDED.plusSeconds(60));
        return new DealArchive(moved.deal(), List.of(recorded.historyEntry(), moved.historyEntry()));
    }
}

package com.computeledger.application.contract;

import com.computeledger.application.demo.ArticleDemoData;
import com.computeledger.domain.deal.AcceleratorCount;
import com.computeledger.domain.deal.ComputeCommitment;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChange;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.ExpansionWindow;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deals that exercise every column, for the contract suites. */
public final class ContractData {

    public static final Actor ANALYST = new Actor("analyst");
    public static final Instant RECORDED = Instant.parse("2026-11-28T10:15:30.123456Z");

    private ContractData() {
    }

    /** Stores the demo organisations, providers and accelerators, which every deal here refers to. */
    public static void referenceData(OutPorts ports) {
        ports.unitOfWork().inTransaction(() -> {
            ArticleDemoData.organisations().forEach(ports.organisations()::insert);
            ArticleDemoData.providers().forEach(ports.providers()::insert);
            ArticleDemoData.accelerators().forEach(ports.accelerators()::insert);
            return null;
        });
    }

    /** A deal with a range value, both kinds of commitment, an expansion window and non-Latin text. */
    public static DealDetails richDetails() {
        return new DealDetails(Customer.of("مايكروسوفت 微软"), new ProviderId("oracle"), LocalDate.of(2025, 9, 10),
                Term.of(LocalDate.of(2026, 1, 1), 60),
                DealValue.range(Money.usd("17400000000.50"), Money.usd("19400000000")), ValueConfidence.ESTIMATED,
                List.of(new ComputeCommitment(new AcceleratorId("nvidia-gb300"),
                                Optional.of(AcceleratorCount.about(250_000)), Optional.empty(),
                                Optional.of(LocalDate.of(2027, 6, 30))),
                        new ComputeCommitment(new AcceleratorId("nvidia-h100"), Optional.empty(),
                                Optional.of(Gigawatts.of("1.234567")), Optional.empty())),
                Optional.of(new ExpansionWindow(LocalDate.of(2028, 12, 31), "option to double, 2028")),
                List.of(new Source("Первый источник", URI.create("https://example.com/a?q=1"), LocalDate.of(2025, 9, 10)),
                        new Source("Second source", URI.create("http://example.org/b"), LocalDate.of(2025, 9, 11))));
    }

    /**
     * A deal whose every date is given: announced and published on {@code announcedOn}, its term starting on
     * {@code start}, full capacity and expansion on {@code end} (not before {@code start}).
     */
    public static DealDetails datedDetails(LocalDate announcedOn, LocalDate start, LocalDate end) {
        return new DealDetails(Customer.of("OpenAI"), new ProviderId("aws"), announcedOn, Term.of(start, 1),
                DealValue.undisclosed(), ValueConfidence.REPORTED,
                List.of(new ComputeCommitment(new AcceleratorId("nvidia-gb200"), Optional.empty(),
                        Optional.of(Gigawatts.of("1")), Optional.of(end))),
                Optional.of(new ExpansionWindow(end.isBefore(announcedOn) ? announcedOn : end, "dated")),
                List.of(new Source("Dated", URI.create("https://example.com/dated"), announcedOn)));
    }

    /** A minimal deal: undisclosed value and term, no commitments, no sources. */
    public static DealDetails bareDetails(String customer, String provider, LocalDate announcedOn) {
        return new DealDetails(Customer.of(customer), new ProviderId(provider), announcedOn, Term.undisclosed(),
                DealValue.undisclosed(), ValueConfidence.REPORTED, List.of(), Optional.empty(), List.of());
    }

    /** An exact-valued deal with a chip-count commitment that ramps from the term start. */
    public static DealDetails exactDetails(String customer, String provider, LocalDate announcedOn, String usd,
                                           int months) {
        return new DealDetails(Customer.of(customer), new ProviderId(provider), announcedOn, Term.of(announcedOn, months),
                DealValue.exact(Money.usd(usd)), ValueConfidence.CONFIRMED,
                List.of(new ComputeCommitment(new AcceleratorId("nvidia-gb200"),
                        Optional.of(AcceleratorCount.exactly(100_000)), Optional.empty(),
                        Optional.of(announcedOn.plusMonths(12)))),
                Optional.empty(), List.of());
    }

    /** A deal as an older version could have stored it: rebuilt as stored, without today's write rules. */
    public static Deal storedUnderOlderRules(long id, DealDetails details) {
        Instant at = RECORDED.plusSeconds(id);
        return Deal.rehydrate(id(id), details, DealStatus.ANNOUNCED, 1, at, at);
    }

    /** {@code deal}, in whatever state, as a change the repository can add: the first entry of its history. */
    public static DealChange asAdded(Deal deal) {
        return new DealChange(deal, new DealHistoryEntry(deal.id(), deal.version(), DealChangeKind.RECORDED, ANALYST,
                deal.recordedAt(), List.of()));
    }

    /** Adds {@code deals} through {@code ports}, each as newly recorded ({@link #asAdded}), in one transaction. */
    public static void store(OutPorts ports, List<Deal> deals) {
        ports.unitOfWork().inTransaction(() -> {
            deals.forEach(deal -> ports.deals().add(asAdded(deal)));
            return null;
        });
    }

    public static Deal deal(long id, DealDetails details) {
        return Deal.record(id(id), details, ANALYST, RECORDED.plusSeconds(id)).deal();
    }

    /** Ids whose first hex digit varies, so that ordering by id is tested on both halves of the range. */
    public static DealId id(long n) {
        return new DealId(new UUID((n % 2 == 0 ? 0x8000_0000_0000_0000L : 0L) | n << 32, n));
    }
}

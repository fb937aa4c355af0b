package com.computeledger.adapters.web.deal;

import static com.computeledger.adapters.web.platform.json.RequestFields.decimal;
import static com.computeledger.adapters.web.platform.json.RequestFields.within;

import com.computeledger.adapters.web.deal.DealJson.CommitmentJson;
import com.computeledger.adapters.web.deal.DealJson.DealRequest;
import com.computeledger.adapters.web.deal.DealJson.DealResponse;
import com.computeledger.adapters.web.deal.DealJson.ExpansionJson;
import com.computeledger.adapters.web.deal.DealJson.FieldChangeJson;
import com.computeledger.adapters.web.deal.DealJson.HistoryEntryResponse;
import com.computeledger.adapters.web.deal.DealJson.SourceJson;
import com.computeledger.adapters.web.deal.DealJson.TermRequest;
import com.computeledger.adapters.web.deal.DealJson.TermResponse;
import com.computeledger.adapters.web.deal.DealJson.ValueJson;
import com.computeledger.domain.deal.AcceleratorCount;
import com.computeledger.domain.deal.ComputeCommitment;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.ExpansionWindow;
import com.computeledger.domain.deal.FieldChange;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.Term;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Maps deal JSON to the domain and back; the only class that knows both shapes of a deal. */
public final class DealJsonMapping {

    private static final String EXACT = "exact";
    private static final String RANGE = "range";
    private static final String UNDISCLOSED = "undisclosed";
    private static final List<String> KINDS = List.of(EXACT, RANGE, UNDISCLOSED);

    private DealJsonMapping() {
    }

    /**
     * The domain details of a request. Every field is read, and held to the write rules, before any failure is
     * reported, so one 422 names every invalid field by its JSON path; a rule between two fields (a full-capacity
     * date against the term start, the expansion against the announcement) is checked only when both fields are
     * valid on their own, so it may come in a second round.
     */
    public static DealDetails toDetails(DealRequest request) {
        Require.present(request, "body");
        TermRequest term = request.term();
        Violations violations = new Violations();
        Customer customer = violations.attempt(() -> new Customer(request.customer()));
        ProviderId providerId = violations.attempt(() -> new ProviderId(request.providerId()));
        LocalDate announcedOn = violations.attempt(() -> Require.present(request.announcedOn(), "announcedOn"));
        Term dealTerm = violations.attempt(() -> term(term));
        DealValue value = violations.attempt(() -> value(Require.present(request.value(), "value")));
        ValueConfidence confidence = violations.attempt(() -> Require.present(request.valueConfidence(),
                "valueConfidence"));
        List<ComputeCommitment> commitments = indexed("commitments", request.commitments(),
                DealJsonMapping::commitment, violations);
        Optional<ExpansionWindow> expansion = violations.attempt(() -> Optional.ofNullable(request.expansion())
                .map(window -> within("expansion", () -> new ExpansionWindow(window.through(), window.note()))));
        List<Source> sources = indexed("sources", request.sources(), DealJsonMapping::source, violations);
        DealDetails.checkWriteRules(customer, announcedOn, dealTerm, value, commitments, expansion, sources, violations);
        violations.throwIfAny();
        return new DealDetails(customer, providerId, announcedOn, dealTerm, value, confidence, commitments, expansion,
                sources);
    }

    /**
     * The JSON path at which {@code request} names {@code acceleratorId}, as {@code commitments[1].acceleratorId}:
     * the service reports an unknown accelerator by id, the client needs to know which entry it sent.
     */
    public static String acceleratorPath(DealRequest request, AcceleratorId acceleratorId) {
        List<CommitmentJson> commitments = request.commitments() == null ? List.of() : request.commitments();
        return IntStream.range(0, commitments.size())
                .filter(index -> acceleratorId.value().equals(commitments.get(index).acceleratorId()))
                .mapToObj(index -> "commitments[" + index + "].acceleratorId")
                .findFirst()
                .orElse("commitments");
    }

    public static DealResponse toResponse(Deal deal) {
        DealDetails details = deal.details();
        Term term = details.term();
        return new DealResponse(deal.id().toString(), details.customer().name(), details.providerId().value(),
                details.announcedOn(),
                termJson(term),
                valueJson(details.value()), details.valueConfidence(),
                deal.annualizedValue().map(DealJsonMapping::valueJson).orElse(null),
                details.commitments().stream().map(DealJsonMapping::commitmentJson).toList(),
                details.expansion().map(window -> new ExpansionJson(window.through(), window.note())).orElse(null),
                sourcesJson(details.sources()),
                deal.status(), deal.version(), deal.recordedAt(), deal.updatedAt());
    }

    /**
     * The deal a representation describes, rebuilt exactly as it was stored (what a backup holds): its id, status,
     * version and timestamps are taken as they are, and the write rules are not run again (they held when it was
     * written, and a deal stored under older rules must still come back); every value is still checked by its type.
     */
    public static Deal toDeal(DealResponse json) {
        DealDetails details = new DealDetails(new Customer(json.customer()), new ProviderId(json.providerId()),
                Require.present(json.announcedOn(), "announcedOn"), storedTerm(json.term()),
                value(Require.present(json.value(), "value")),
                Require.present(json.valueConfidence(), "valueConfidence"),
                listed(json.commitments()).stream().map(DealJsonMapping::commitment).toList(),
                Optional.ofNullable(json.expansion()).map(window -> new ExpansionWindow(window.through(), window.note())),
                storedSources(json.sources()));
        return Deal.rehydrate(DealId.parse(Require.present(json.id(), "id")), details,
                Require.present(json.status(), "status"), json.version(), Require.present(json.recordedAt(), "recordedAt"),
                Require.present(json.updatedAt(), "updatedAt"));
    }

    /** The history entry of deal {@code dealId} a representation describes. */
    public static DealHistoryEntry toHistoryEntry(DealId dealId, HistoryEntryResponse json) {
        return new DealHistoryEntry(dealId, json.version(), changeKind(json), new Actor(json.actor()),
                json.occurredAt(), fieldChanges(json));
    }

    /** The kind of change a history entry's representation names. */
    public static DealChangeKind changeKind(HistoryEntryResponse json) {
        String kind = Require.present(json.kind(), "kind");
        Require.that(Arrays.stream(DealChangeKind.values()).anyMatch(known -> known.name().equals(kind)), "kind",
                "must be one of " + Arrays.toString(DealChangeKind.values()));
        return DealChangeKind.valueOf(kind);
    }

    /** The field changes a history entry's representation lists. */
    public static List<FieldChange> fieldChanges(HistoryEntryResponse json) {
        return listed(json.changes()).stream().map(change -> new FieldChange(Require.present(change.field(), "field"),
                Optional.ofNullable(change.before()), Optional.ofNullable(change.after()))).toList();
    }

    /** A term as a representation returned it (its derived end ignored); absent means undisclosed. */
    public static Term storedTerm(TermResponse term) {
        return term == null ? Term.undisclosed()
                : new Term(Optional.ofNullable(term.start()), Optional.ofNullable(term.durationMonths()));
    }

    /** The sources a representation lists; absent means none. */
    public static List<Source> storedSources(List<SourceJson> sources) {
        return listed(sources).stream().map(DealJsonMapping::source).toList();
    }

    public static HistoryEntryResponse toResponse(DealHistoryEntry entry) {
        return historyEntry(entry.version(), entry.kind(), entry.actor(), entry.occurredAt(), entry.changes());
    }

    /** A history entry as JSON, the same shape for deals and money flows. */
    public static HistoryEntryResponse historyEntry(long version, DealChangeKind kind, Actor actor, Instant occurredAt,
                                                    List<FieldChange> changes) {
        return new HistoryEntryResponse(version, kind.name(), actor.name(), occurredAt, changes.stream()
                .map(change -> new FieldChangeJson(change.field(), change.before().orElse(null),
                        change.after().orElse(null))).toList());
    }

    /** A term as JSON, with its derived end. */
    public static TermResponse termJson(Term term) {
        return new TermResponse(term.start().orElse(null), term.durationMonths().orElse(null), term.end().orElse(null));
    }

    /** A term as a request states it; absent means undisclosed. */
    public static Term term(TermRequest term) {
        return term == null ? Term.undisclosed()
                : new Term(Optional.ofNullable(term.start()), Optional.ofNullable(term.durationMonths()));
    }

    /** Sources as JSON. */
    public static List<SourceJson> sourcesJson(List<Source> sources) {
        return sources.stream().map(source -> new SourceJson(source.title(), source.address().toString(),
                source.publishedOn())).toList();
    }

    public static ValueJson valueJson(DealValue value) {
        if (value instanceof DealValue.Exact exact) {
            return new ValueJson(EXACT, plain(exact.amount()), null, null, currency(exact.amount()));
        }
        if (value instanceof DealValue.Range range) {
            return new ValueJson(RANGE, null, plain(range.low()), plain(range.high()), currency(range.low()));
        }
        return new ValueJson(UNDISCLOSED, null, null, null, null);
    }

    /** A value's errors are named {@code value.kind}, {@code value.amount}, {@code value.low}, ... */
    public static DealValue value(ValueJson json) {
        String kind = Require.present(json.kind(), "value.kind").toLowerCase(Locale.ROOT);
        Require.that(KINDS.contains(kind), "value.kind", "must be one of " + String.join(", ", KINDS));
        absentUnless(EXACT, kind, json.amount(), "value.amount");
        absentUnless(RANGE, kind, json.low(), "value.low");
        absentUnless(RANGE, kind, json.high(), "value.high");
        String currency = json.currency() == null ? Money.USD.getCurrencyCode() : json.currency();
        return switch (kind) {
            case EXACT -> DealValue.exact(money(json.amount(), "value.amount", currency));
            case RANGE -> DealValue.range(money(json.low(), "value.low", currency),
                    money(json.high(), "value.high", currency));
            default -> DealValue.undisclosed();
        };
    }

    private static Money money(String text, String field, String currency) {
        BigDecimal amount = decimal(text, field);
        try {
            return Money.of(amount, currency);
        } catch (InvariantViolationException invalid) {
            throw new InvariantViolationException("amount".equals(invalid.field()) ? field : "value." + invalid.field(),
                    invalid.reason());
        }
    }

    private static ComputeCommitment commitment(CommitmentJson json) {
        Require.that(json.unitsApproximate() == null || json.units() != null, "unitsApproximate", "needs units");
        return new ComputeCommitment(new AcceleratorId(json.acceleratorId()),
                Optional.ofNullable(json.units()).map(units -> new AcceleratorCount(units,
                        Boolean.TRUE.equals(json.unitsApproximate()))),
                Optional.ofNullable(json.gigawatts()).map(text -> new Gigawatts(decimal(text, "gigawatts"))),
                Optional.ofNullable(json.fullCapacityBy()));
    }

    /** A source as a request states it; its errors are named {@code address}, {@code title}, ... */
    public static Source source(SourceJson json) {
        String address = Require.present(json.address(), "address");
        try {
            return new Source(json.title(), new URI(address), json.publishedOn());
        } catch (URISyntaxException notAnAddress) {
            throw new InvariantViolationException("address", "is not a valid address");
        }
    }

    private static CommitmentJson commitmentJson(ComputeCommitment commitment) {
        return new CommitmentJson(commitment.acceleratorId().value(),
                commitment.count().map(AcceleratorCount::units).orElse(null),
                commitment.count().map(AcceleratorCount::approximate).orElse(null),
                commitment.power().map(power -> power.value().toPlainString()).orElse(null),
                commitment.fullCapacityBy().orElse(null));
    }

    /**
     * Converts each element under its JSON path ({@code commitments[2]}), recording the failures of every element;
     * an absent list is an empty one.
     */
    public static <J, D> List<D> indexed(String field, List<J> items, Function<J, D> convert, Violations violations) {
        if (items == null) {
            return List.of();
        }
        return IntStream.range(0, items.size()).mapToObj(index -> {
            String path = field + "[" + index + "]";
            return violations.attempt(() -> {
                J item = Require.present(items.get(index), path);
                return within(path, () -> convert.apply(item));
            });
        }).toList();
    }

    private static <T> List<T> listed(List<T> items) {
        return items == null ? List.of() : items;
    }

    /** A field only a value of kind {@code owner} has must be absent from a value of any other kind. */
    private static void absentUnless(String owner, String kind, String value, String field) {
        Require.that(value == null || owner.equals(kind), field, "must be absent for a value of kind '" + kind + "'");
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }
}

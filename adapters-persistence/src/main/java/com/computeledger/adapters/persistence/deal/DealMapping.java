package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.deal.DealRows.ChangeRow;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows.HistoryRow;
import com.computeledger.adapters.persistence.deal.DealRows.SourceRow;
import com.computeledger.domain.deal.AcceleratorCount;
import com.computeledger.domain.deal.ComputeCommitment;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealChangeKind;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
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
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/** Maps deals and history entries to rows and back; the only place that knows both shapes. */
public final class DealMapping {

    /** How {@code value_kind} spells each kind of deal value. */
    public static final String EXACT = "EXACT";
    public static final String RANGE = "RANGE";
    public static final String UNDISCLOSED = "UNDISCLOSED";

    private DealMapping() {
    }

    public static DealRow toRow(Deal deal) {
        DealDetails details = deal.details();
        return new DealRow(deal.id().value(), details.customer().name(), details.customer().key(),
                details.providerId().value(), details.announcedOn(), details.term().start().orElse(null),
                details.term().durationMonths().orElse(null), valueKind(details.value()),
                details.value().lowerBound().map(Money::amount).orElse(null),
                details.value().upperBound().map(Money::amount).orElse(null), Money.USD.getCurrencyCode(),
                details.valueConfidence().name(), details.expansion().map(ExpansionWindow::through).orElse(null),
                details.expansion().map(ExpansionWindow::note).orElse(null), deal.status().name(), deal.version(),
                utc(deal.recordedAt()), utc(deal.updatedAt()));
    }

    public static List<CommitmentRow> commitmentRows(Deal deal) {
        return positioned(deal.details().commitments(), (position, commitment) -> new CommitmentRow(
                deal.id().value(), position, commitment.acceleratorId().value(),
                commitment.count().map(AcceleratorCount::units).orElse(null),
                commitment.count().map(AcceleratorCount::approximate).orElse(false),
                commitment.power().map(Gigawatts::value).orElse(null), commitment.fullCapacityBy().orElse(null)));
    }

    public static List<SourceRow> sourceRows(Deal deal) {
        return positioned(deal.details().sources(), (position, source) -> new SourceRow(deal.id().value(),
                position, source.title(), source.address().toString(), source.publishedOn()));
    }

    public static Deal toDeal(DealRow row, List<CommitmentRow> commitments, List<SourceRow> sources) {
        DealDetails details = new DealDetails(Customer.of(row.customer()), new ProviderId(row.providerId()),
                row.announcedOn(), new Term(Optional.ofNullable(row.termStart()), Optional.ofNullable(row.termMonths())),
                value(row), ValueConfidence.valueOf(row.valueConfidence()),
                commitments.stream().map(DealMapping::commitment).toList(),
                Optional.ofNullable(row.expansionThrough())
                        .map(through -> new ExpansionWindow(through, row.expansionNote())),
                sources.stream().map(source -> new Source(source.title(), URI.create(source.address()),
                        source.publishedOn())).toList());
        return Deal.rehydrate(new DealId(row.id()), details, DealStatus.valueOf(row.status()), row.version(),
                row.recordedAt().toInstant(), row.updatedAt().toInstant());
    }

    public static HistoryRow historyRow(DealHistoryEntry entry) {
        return new HistoryRow(entry.dealId().value(), entry.version(), entry.kind().name(), entry.actor().name(),
                utc(entry.occurredAt()), snapshot(entry).orElse(null));
    }

    /** The change rows of an entry: none for one kept as a {@link #snapshot}, else one per field. */
    public static List<ChangeRow> changeRows(DealHistoryEntry entry) {
        if (snapshot(entry).isPresent()) {
            return List.of();
        }
        return positioned(entry.changes(), (position, change) -> new ChangeRow(entry.dealId().value(),
                entry.version(), position, change.field(), change.before().orElse(null), change.after().orElse(null)));
    }

    /** The entry a history row and its change rows stand for; a row with a snapshot has no change rows. */
    public static DealHistoryEntry toHistoryEntry(HistoryRow row, List<ChangeRow> changes) {
        List<FieldChange> fields = row.snapshot() != null ? fromSnapshot(row.snapshot())
                : changes.stream().map(change -> new FieldChange(change.field(),
                        Optional.ofNullable(change.beforeValue()), Optional.ofNullable(change.afterValue()))).toList();
        return new DealHistoryEntry(new DealId(row.dealId()), row.version(), DealChangeKind.valueOf(row.kind()),
                new Actor(row.actor()), row.occurredAt().toInstant(), fields);
    }

    /**
     * A creation entry in one value (docs/adr/0020): every field it sets, in order, one {@code field=value} line
     * each, with backslash, line feed and carriage return escaped as {@code \\}, {@code \n} and {@code \r}.
     * Only an entry that sets fields from nothing (a {@code RECORDED} one) is kept so; any other is empty.
     */
    static Optional<String> snapshot(DealHistoryEntry entry) {
        boolean fromNothing = entry.kind() == DealChangeKind.RECORDED && entry.changes().stream()
                .allMatch(change -> change.before().isEmpty() && change.after().isPresent()
                        && change.field().indexOf('=') < 0 && change.field().indexOf('\n') < 0);
        if (!fromNothing) {
            return Optional.empty();
        }
        StringBuilder snapshot = new StringBuilder();
        for (FieldChange change : entry.changes()) {
            if (!snapshot.isEmpty()) {
                snapshot.append('\n');
            }
            snapshot.append(change.field()).append('=');
            for (char c : change.after().orElseThrow().toCharArray()) {
                switch (c) {
                    case '\\' -> snapshot.append("\\\\");
                    case '\n' -> snapshot.append("\\n");
                    case '\r' -> snapshot.append("\\r");
                    default -> snapshot.append(c);
                }
            }
        }
        return Optional.of(snapshot.toString());
    }

    /** The field changes of a {@link #snapshot}: each field from nothing to its value. */
    static List<FieldChange> fromSnapshot(String snapshot) {
        if (snapshot.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(snapshot.split("\n", -1)).map(line -> {
            int equals = line.indexOf('=');
            StringBuilder value = new StringBuilder();
            for (int i = equals + 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char escaped = line.charAt(++i);
                    value.append(escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped);
                } else {
                    value.append(c);
                }
            }
            return new FieldChange(line.substring(0, equals), Optional.empty(), Optional.of(value.toString()));
        }).toList();
    }

    private static ComputeCommitment commitment(CommitmentRow row) {
        return new ComputeCommitment(new AcceleratorId(row.acceleratorId()),
                Optional.ofNullable(row.units()).map(units -> new AcceleratorCount(units, row.unitsApproximate())),
                Optional.ofNullable(row.gigawatts()).map(Gigawatts::new), Optional.ofNullable(row.fullCapacityBy()));
    }

    private static DealValue value(DealRow row) {
        return value(row.valueKind(), row.valueLow(), row.valueHigh(), row.currency(), "deal " + row.id());
    }

    /** A value as stored in {@code value_kind}, {@code value_low}, {@code value_high} and {@code currency} of a record. */
    public static DealValue value(String kind, BigDecimal low, BigDecimal high, String currency, String record) {
        return switch (kind) {
            case EXACT -> DealValue.exact(money(low, currency));
            case RANGE -> DealValue.range(money(low, currency), money(high, currency));
            case UNDISCLOSED -> DealValue.undisclosed();
            default -> throw new IllegalStateException("unknown value_kind '" + kind + "' in " + record);
        };
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, currency.strip());
    }

    /** How {@code value_kind} spells the kind of {@code value}. */
    public static String valueKind(DealValue value) {
        return value instanceof DealValue.Exact ? EXACT : value instanceof DealValue.Range ? RANGE : UNDISCLOSED;
    }

    /** One row per element of {@code elements}, made from the element and its position in the list. */
    private static <T, R> List<R> positioned(List<T> elements, BiFunction<Integer, T, R> row) {
        return IntStream.range(0, elements.size()).mapToObj(position -> row.apply(position, elements.get(position)))
                .toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

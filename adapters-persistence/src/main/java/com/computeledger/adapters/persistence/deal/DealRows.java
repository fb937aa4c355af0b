package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.RecordRows;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of the deal tables exactly as stored (public only so that JDBI can reflect on them). Each column is
 * the record component of the same name in camel case ({@code customer_key} is {@code customerKey}): the
 * statements and the row mappers are made from the components ({@link RecordRows}), so the deal's columns are
 * listed once, as the components of {@link DealRow}.
 */
public final class DealRows {

    /** The components of {@link DealRow}, in order: one per column of {@code deal}. */
    private static final List<String> COMPONENTS = Arrays.stream(DealRow.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    /** The components a revision never changes. */
    private static final List<String> FIXED = List.of("id", "recordedAt");

    /** The deal columns of a query over {@code deal d}. */
    public static final String SELECT_COLUMNS = RecordRows.columns(DealRow.class, "d.");

    /** Inserts a {@link DealRow} bound by its components. */
    public static final String INSERT = "insert into deal (" + joined(COMPONENTS, RecordRows::column) + ") values ("
            + joined(COMPONENTS, component -> ":" + component) + ")";

    /** Stores a {@link DealRow} over the row of its id, only while that row is at {@code :expectedVersion}. */
    public static final String UPDATE = "update deal set " + joined(COMPONENTS.stream()
            .filter(component -> !FIXED.contains(component)).toList(), component -> RecordRows.column(component) + " = :"
            + component) + " where id = :id and version = :expectedVersion";

    private DealRows() {
    }

    private static String joined(List<String> components, Function<String, String> each) {
        return components.stream().map(each).collect(Collectors.joining(", "));
    }

    /** A row of {@code deal}. */
    public record DealRow(UUID id, String customer, String customerKey, String providerId, LocalDate announcedOn,
                          LocalDate termStart, Integer termMonths, String valueKind, BigDecimal valueLow,
                          BigDecimal valueHigh, String currency, String valueConfidence, LocalDate expansionThrough,
                          String expansionNote, String status, long version, OffsetDateTime recordedAt,
                          OffsetDateTime updatedAt) {
    }

    /** A row of {@code deal_commitment}. */
    public record CommitmentRow(UUID dealId, int position, String acceleratorId, Long units, boolean unitsApproximate,
                                BigDecimal gigawatts, LocalDate fullCapacityBy) {
    }

    /** A row of {@code deal_source}. */
    public record SourceRow(UUID dealId, int position, String title, String address, LocalDate publishedOn) {
    }

    /**
     * A row of {@code deal_history}; {@code snapshot} holds a creation entry's fields (see
     * {@link DealMapping#snapshot}), null where the entry's changes are {@code deal_history_change} rows.
     */
    public record HistoryRow(UUID dealId, long version, String kind, String actor, OffsetDateTime occurredAt,
                             String snapshot) {
    }

    /** A row of {@code deal_history_change}. */
    public record ChangeRow(UUID dealId, long version, int position, String field, String beforeValue,
                            String afterValue) {
    }
}

package com.computeledger.adapters.persistence.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The rows of the deal tables exactly as stored (public only so that JDBI can reflect on them). JDBI maps
 * each column to the record component of the same name in camel case ({@code customer_key} to
 * {@code customerKey}), so the deal's columns are listed once, in {@link #COLUMNS}.
 */
public final class DealRows {

    /** The columns of {@code deal}, in the order of {@link DealRow}'s components. */
    private static final List<String> COLUMNS = List.of("id", "customer", "customer_key", "provider_id",
            "announced_on", "term_start", "term_months", "value_kind", "value_low", "value_high", "currency",
            "value_confidence", "expansion_through", "expansion_note", "status", "version", "recorded_at",
            "updated_at");

    /** The columns a revision never changes. */
    private static final List<String> FIXED = List.of("id", "recorded_at");

    /** The deal columns of a query over {@code deal d}. */
    public static final String SELECT_COLUMNS = joined(COLUMNS, column -> "d." + column);

    /** Inserts a {@link DealRow} bound by its components. */
    public static final String INSERT = "insert into deal (" + joined(COLUMNS, column -> column) + ") values ("
            + joined(COLUMNS, column -> ":" + component(column)) + ")";

    /** Stores a {@link DealRow} over the row of its id, only while that row is at {@code :expectedVersion}. */
    public static final String UPDATE = "update deal set " + joined(COLUMNS.stream()
            .filter(column -> !FIXED.contains(column)).toList(), column -> column + " = :" + component(column))
            + " where id = :id and version = :expectedVersion";

    /** Reads a {@code deal} row: each column into the component of its name. */
    public static final RowMapper<DealRow> DEAL_ROW = ConstructorMapper.of(DealRow.class);

    private DealRows() {
    }

    private static String joined(List<String> columns, Function<String, String> each) {
        return columns.stream().map(each).collect(Collectors.joining(", "));
    }

    /** The record component that holds {@code column}: {@code customer_key} is {@code customerKey}. */
    private static String component(String column) {
        StringBuilder name = new StringBuilder();
        for (String part : column.split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
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

    /** A row of {@code deal_history}. */
    public record HistoryRow(UUID dealId, long version, String kind, String actor, OffsetDateTime occurredAt) {
    }

    /** A row of {@code deal_history_change}. */
    public record ChangeRow(UUID dealId, long version, int position, String field, String beforeValue,
                            String afterValue) {
    }
}

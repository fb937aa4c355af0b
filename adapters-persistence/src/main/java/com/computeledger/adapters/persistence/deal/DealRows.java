package com.computeledger.adapters.persistence.deal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** The rows of the deal tables exactly as stored, and their row mappers (public only so that JDBI can reflect on them). */
public final class DealRows {

    static final String DEAL_COLUMNS = "d.id, d.customer, d.customer_key, d.provider_id, d.announced_on, d.term_start, "
            + "d.term_months, d.value_kind, d.value_low, d.value_high, d.currency, d.value_confidence, "
            + "d.expansion_through, d.expansion_note, d.status, d.version, d.recorded_at, d.updated_at";

    private DealRows() {
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
    public record ChangeRow(UUID dealId, long version, int position, String field, String beforeValue, String afterValue) {
    }

    /** Reads a {@code deal} row. */
    public static final class DealRowMapper implements RowMapper<DealRow> {
        @Override
        public DealRow map(ResultSet row, StatementContext context) throws SQLException {
            return new DealRow(row.getObject("id", UUID.class), row.getString("customer"),
                    row.getString("customer_key"), row.getString("provider_id"),
                    row.getObject("announced_on", LocalDate.class), row.getObject("term_start", LocalDate.class),
                    row.getObject("term_months", Integer.class), row.getString("value_kind"),
                    row.getBigDecimal("value_low"), row.getBigDecimal("value_high"), row.getString("currency"),
                    row.getString("value_confidence"), row.getObject("expansion_through", LocalDate.class),
                    row.getString("expansion_note"), row.getString("status"), row.getLong("version"),
                    row.getObject("recorded_at", OffsetDateTime.class),
                    row.getObject("updated_at", OffsetDateTime.class));
        }
    }

    /** Reads a {@code deal_commitment} row. */
    public static final class CommitmentRowMapper implements RowMapper<CommitmentRow> {
        @Override
        public CommitmentRow map(ResultSet row, StatementContext context) throws SQLException {
            return new CommitmentRow(row.getObject("deal_id", UUID.class), row.getInt("position"),
                    row.getString("accelerator_id"), row.getObject("units", Long.class),
                    row.getBoolean("units_approximate"), row.getBigDecimal("gigawatts"),
                    row.getObject("full_capacity_by", LocalDate.class));
        }
    }

    /** Reads a {@code deal_source} row. */
    public static final class SourceRowMapper implements RowMapper<SourceRow> {
        @Override
        public SourceRow map(ResultSet row, StatementContext context) throws SQLException {
            return new SourceRow(row.getObject("deal_id", UUID.class), row.getInt("position"), row.getString("title"),
                    row.getString("address"), row.getObject("published_on", LocalDate.class));
        }
    }

    /** Reads a {@code deal_history} row. */
    public static final class HistoryRowMapper implements RowMapper<HistoryRow> {
        @Override
        public HistoryRow map(ResultSet row, StatementContext context) throws SQLException {
            return new HistoryRow(row.getObject("deal_id", UUID.class), row.getLong("version"), row.getString("kind"),
                    row.getString("actor"), row.getObject("occurred_at", OffsetDateTime.class));
        }
    }

    /** Reads a {@code deal_history_change} row. */
    public static final class ChangeRowMapper implements RowMapper<ChangeRow> {
        @Override
        public ChangeRow map(ResultSet row, StatementContext context) throws SQLException {
            return new ChangeRow(row.getObject("deal_id", UUID.class), row.getLong("version"), row.getInt("position"),
                    row.getString("field"), row.getString("before_value"), row.getString("after_value"));
        }
    }
}

package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.JdbcQueries;
import com.computeledger.adapters.persistence.JdbcQueries.IdSet;
import com.computeledger.adapters.persistence.RecordRows;
import com.computeledger.adapters.persistence.RecordRows.RowReader;
import com.computeledger.adapters.persistence.deal.DealRows.ChangeRow;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows.HistoryRow;
import com.computeledger.adapters.persistence.deal.DealRows.SourceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The reads of the deal tables, as constant SQL run by {@link JdbcQueries} on the caller's handle, each row read by
 * position into its record ({@link RecordRows}). Reads run on every request, so they skip what JDBI does per
 * statement (docs/adr/0034) as they skipped its SqlObjects before (docs/adr/0021).
 */
final class DealReads {

    private static final String DEAL_BY_ID = "select " + DealRows.SELECT_COLUMNS + " from deal d where d.id = ?";

    private static final String COMMITMENTS_OF = "select " + RecordRows.columns(CommitmentRow.class, "")
            + " from deal_commitment where deal_id = any(?) order by deal_id, position";

    /** Each deal's version with its sources, in one statement; a deal without sources gives one row of nulls. */
    private static final String SOURCES_AND_VERSIONS_OF = "select d.id, d.version, s.position, s.title, s.address,"
            + " s.published_on from deal d left join deal_source s on s.deal_id = d.id where d.id = any(?)"
            + " order by d.id, s.position";

    private static final String DEALS_BY_ID = "select " + DealRows.SELECT_COLUMNS + " from deal d where d.id = any(?)";

    private static final String DEALS_BY_ID_LOCKED = DEALS_BY_ID + " for update";

    private static final String HISTORY_OF = "select " + RecordRows.columns(HistoryRow.class, "")
            + " from deal_history where deal_id = any(?) order by deal_id, version";

    private static final String CHANGES_OF = "select " + RecordRows.columns(ChangeRow.class, "")
            + " from deal_history_change where deal_id = any(?) order by deal_id, version, position";

    private static final RowReader<DealRow> DEAL_ROW = RecordRows.reader(DealRow.class);
    private static final RowReader<CommitmentRow> COMMITMENT_ROW = RecordRows.reader(CommitmentRow.class);
    private static final RowReader<VersionedSource> VERSIONED_SOURCE = row -> {
        UUID dealId = row.getObject(1, UUID.class);
        long version = row.getLong(2);
        int position = row.getInt(3);
        return new VersionedSource(dealId, version, row.wasNull() ? Optional.empty() : Optional.of(new SourceRow(dealId,
                position, row.getString(4), row.getString(5), row.getObject(6, LocalDate.class))));
    };
    private static final RowReader<HistoryRow> HISTORY_ROW = RecordRows.reader(HistoryRow.class);
    private static final RowReader<ChangeRow> CHANGE_ROW = RecordRows.reader(ChangeRow.class);

    private DealReads() {
    }

    static Optional<DealRow> dealById(Handle handle, UUID id) {
        return JdbcQueries.one(handle, DEAL_BY_ID, DEAL_ROW, id);
    }

    /** The deal rows a listing's statement selects ({@code sql} built from a filter, its values in order). */
    static List<DealRow> deals(Handle handle, String sql, Object... parameters) {
        return JdbcQueries.list(handle, sql, DEAL_ROW, parameters);
    }

    static List<DealRow> dealsById(Handle handle, List<UUID> ids) {
        return JdbcQueries.list(handle, DEALS_BY_ID, DEAL_ROW, new IdSet(ids));
    }

    /** The deals' rows, locked against writers until the transaction ends. */
    static List<DealRow> lockedDealsById(Handle handle, List<UUID> ids) {
        return JdbcQueries.list(handle, DEALS_BY_ID_LOCKED, DEAL_ROW, new IdSet(ids));
    }

    static List<CommitmentRow> commitmentsOf(Handle handle, List<UUID> dealIds) {
        return JdbcQueries.list(handle, COMMITMENTS_OF, COMMITMENT_ROW, new IdSet(dealIds));
    }

    /**
     * The deals' sources, and each deal's version as the same statement saw it (a deal no longer stored has none): a
     * version that differs from the one its row was read with shows a revision committed in between.
     */
    static SourcesRead sourcesOf(Handle handle, List<UUID> dealIds) {
        Map<UUID, Long> versions = new HashMap<>();
        Map<UUID, List<SourceRow>> sources = new HashMap<>();
        for (VersionedSource row : JdbcQueries.list(handle, SOURCES_AND_VERSIONS_OF, VERSIONED_SOURCE,
                new IdSet(dealIds))) {
            versions.put(row.dealId(), row.version());
            row.source().ifPresent(source -> sources.computeIfAbsent(row.dealId(), id -> new ArrayList<>())
                    .add(source));
        }
        return new SourcesRead(versions, sources);
    }

    /** The sources of deals by deal id, and the deals' versions as the statement that read them saw them. */
    record SourcesRead(Map<UUID, Long> versions, Map<UUID, List<SourceRow>> sources) {
    }

    /** A row of the sources' statement: a deal's version and one of its sources, or none. */
    private record VersionedSource(UUID dealId, long version, Optional<SourceRow> source) {
    }

    static List<HistoryRow> historyOf(Handle handle, List<UUID> dealIds) {
        return JdbcQueries.list(handle, HISTORY_OF, HISTORY_ROW, new IdSet(dealIds));
    }

    static List<ChangeRow> changesOf(Handle handle, List<UUID> dealIds) {
        return JdbcQueries.list(handle, CHANGES_OF, CHANGE_ROW, new IdSet(dealIds));
    }
}

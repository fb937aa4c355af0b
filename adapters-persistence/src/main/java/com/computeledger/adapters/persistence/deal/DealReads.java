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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

    private static final String SOURCES_OF = "select " + RecordRows.columns(SourceRow.class, "")
            + " from deal_source where deal_id = any(?) order by deal_id, position";

    private static final String DEALS_BY_ID = "select " + DealRows.SELECT_COLUMNS + " from deal d where d.id = any(?)";

    private static final String DEALS_BY_ID_LOCKED = DEALS_BY_ID + " for update";

    private static final String VERSIONS_OF = "select id, version from deal where id = any(?)";

    private static final String HISTORY_OF = "select " + RecordRows.columns(HistoryRow.class, "")
            + " from deal_history where deal_id = any(?) order by deal_id, version";

    private static final String CHANGES_OF = "select " + RecordRows.columns(ChangeRow.class, "")
            + " from deal_history_change where deal_id = any(?) order by deal_id, version, position";

    private static final RowReader<DealRow> DEAL_ROW = RecordRows.reader(DealRow.class);
    private static final RowReader<CommitmentRow> COMMITMENT_ROW = RecordRows.reader(CommitmentRow.class);
    private static final RowReader<SourceRow> SOURCE_ROW = RecordRows.reader(SourceRow.class);
    private static final RowReader<HistoryRow> HISTORY_ROW = RecordRows.reader(HistoryRow.class);
    private static final RowReader<ChangeRow> CHANGE_ROW = RecordRows.reader(ChangeRow.class);
    private static final RowReader<Map.Entry<UUID, Long>> VERSION = row -> Map.entry(row.getObject(1, UUID.class),
            row.getLong(2));

    private DealReads() {
    }

    static Optional<DealRow> dealById(Handle handle, UUID id) {
        return JdbcQueries.one(handle, DEAL_BY_ID, DEAL_ROW, id);
    }

    static List<DealRow> dealsById(Handle handle, List<UUID> ids) {
        return JdbcQueries.list(handle, DEALS_BY_ID, DEAL_ROW, new IdSet(ids));
    }

    /** The deals' rows, locked against writers until the transaction ends. */
    static List<DealRow> lockedDealsById(Handle handle, List<UUID> ids) {
        return JdbcQueries.list(handle, DEALS_BY_ID_LOCKED, DEAL_ROW, new IdSet(ids));
    }

    /** The current version of each of the deals (a deal no longer stored has none). */
    static Map<UUID, Long> versionsOf(Handle handle, List<UUID> ids) {
        return JdbcQueries.list(handle, VERSIONS_OF, VERSION, new IdSet(ids)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static List<CommitmentRow> commitmentsOf(Handle handle, List<UUID> dealIds) {
        return JdbcQueries.list(handle, COMMITMENTS_OF, COMMITMENT_ROW, new IdSet(dealIds));
    }

    static List<SourceRow> sourcesOf(Handle handle, List<UUID> dealIds) {
        return JdbcQueries.list(handle, SOURCES_OF, SOURCE_ROW, new IdSet(dealIds));
    }

    static List<HistoryRow> historyOf(Handle handle, List<UUID> dealIds) {
        return JdbcQueries.list(handle, HISTORY_OF, HISTORY_ROW, new IdSet(dealIds));
    }

    static List<ChangeRow> changesOf(Handle handle, List<UUID> dealIds) {
        return JdbcQueries.list(handle, CHANGES_OF, CHANGE_ROW, new IdSet(dealIds));
    }
}

package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.RecordRows;
import com.computeledger.adapters.persistence.deal.DealRows.ChangeRow;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows.HistoryRow;
import com.computeledger.adapters.persistence.deal.DealRows.SourceRow;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The reads of the deal tables, as JDBI statements with constant SQL on the caller's handle, each row read by
 * position into its record ({@link RecordRows}). Reads run on every request, so they do not go through a SqlObject:
 * attaching one builds a configuration for each of its methods every time, and that cost more than the queries
 * themselves (docs/benchmarks.md, "Throughput against the bare floor").
 */
final class DealReads {

    private static final String DEAL_BY_ID = "select " + DealRows.SELECT_COLUMNS + " from deal d where d.id = :id";

    private static final String COMMITMENTS_OF = "select " + RecordRows.columns(CommitmentRow.class, "")
            + " from deal_commitment where deal_id in (<dealIds>) order by deal_id, position";

    private static final String SOURCES_OF = "select " + RecordRows.columns(SourceRow.class, "")
            + " from deal_source where deal_id in (<dealIds>) order by deal_id, position";

    private static final String DEALS_BY_ID = "select " + DealRows.SELECT_COLUMNS
            + " from deal d where d.id in (<dealIds>)";

    private static final String HISTORY_OF = "select " + RecordRows.columns(HistoryRow.class, "")
            + " from deal_history where deal_id in (<dealIds>) order by deal_id, version";

    private static final String CHANGES_OF = "select " + RecordRows.columns(ChangeRow.class, "")
            + " from deal_history_change where deal_id in (<dealIds>) order by deal_id, version, position";

    private static final RowMapper<CommitmentRow> COMMITMENT_ROW = RecordRows.mapper(CommitmentRow.class);
    private static final RowMapper<SourceRow> SOURCE_ROW = RecordRows.mapper(SourceRow.class);
    private static final RowMapper<HistoryRow> HISTORY_ROW = RecordRows.mapper(HistoryRow.class);
    private static final RowMapper<ChangeRow> CHANGE_ROW = RecordRows.mapper(ChangeRow.class);

    private DealReads() {
    }

    static Optional<DealRow> dealById(Handle handle, UUID id) {
        return handle.createQuery(DEAL_BY_ID).bind("id", id).map(DealRows.DEAL_ROW).findOne();
    }

    static List<DealRow> dealsById(Handle handle, List<UUID> ids) {
        return handle.createQuery(DEALS_BY_ID).bindList("dealIds", ids).map(DealRows.DEAL_ROW).list();
    }

    static List<CommitmentRow> commitmentsOf(Handle handle, List<UUID> dealIds) {
        return handle.createQuery(COMMITMENTS_OF).bindList("dealIds", dealIds).map(COMMITMENT_ROW).list();
    }

    static List<SourceRow> sourcesOf(Handle handle, List<UUID> dealIds) {
        return handle.createQuery(SOURCES_OF).bindList("dealIds", dealIds).map(SOURCE_ROW).list();
    }

    static List<HistoryRow> historyOf(Handle handle, List<UUID> dealIds) {
        return handle.createQuery(HISTORY_OF).bindList("dealIds", dealIds).map(HISTORY_ROW).list();
    }

    static List<ChangeRow> changesOf(Handle handle, List<UUID> dealIds) {
        return handle.createQuery(CHANGES_OF).bindList("dealIds", dealIds).map(CHANGE_ROW).list();
    }
}

package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.deal.DealRows.ChangeRow;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows.HistoryRow;
import com.computeledger.adapters.persistence.deal.DealRows.SourceRow;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SqlObject DAO of the deal tables' writes: the deal row, its commitments and sources, its history ({@link DealReads} reads). */
interface DealDao extends SqlObject {

    /** Inserts the rows in one batch. */
    default void insertAll(List<DealRow> rows) {
        PreparedBatch batch = getHandle().prepareBatch(DealRows.INSERT);
        rows.forEach(row -> batch.bindMethods(row).add());
        batch.execute();
    }

    /** Optimistic update: changes the row only if it is still at {@code expectedVersion}; returns the rows changed. */
    default int update(DealRow row, long expectedVersion) {
        return getHandle().createUpdate(DealRows.UPDATE).bindMethods(row).bind("expectedVersion", expectedVersion)
                .execute();
    }

    @SqlBatch("insert into deal_commitment (deal_id, position, accelerator_id, units, units_approximate, gigawatts, "
            + "full_capacity_by) values (:dealId, :position, :acceleratorId, :units, :unitsApproximate, :gigawatts, "
            + ":fullCapacityBy)")
    void insertCommitments(@BindMethods List<CommitmentRow> rows);

    @SqlUpdate("delete from deal_commitment where deal_id = :dealId")
    void deleteCommitments(@Bind("dealId") UUID dealId);

    @SqlBatch("insert into deal_source (deal_id, position, title, address, published_on) "
            + "values (:dealId, :position, :title, :address, :publishedOn)")
    void insertSources(@BindMethods List<SourceRow> rows);

    @SqlUpdate("delete from deal_source where deal_id = :dealId")
    void deleteSources(@Bind("dealId") UUID dealId);

    @SqlBatch("insert into deal_history (deal_id, version, kind, actor, occurred_at, snapshot) "
            + "values (:dealId, :version, :kind, :actor, :occurredAt, :snapshot)")
    void insertHistories(@BindMethods List<HistoryRow> rows);

    @SqlBatch("insert into deal_history_change (deal_id, version, position, field, before_value, after_value) "
            + "values (:dealId, :version, :position, :field, :beforeValue, :afterValue)")
    void insertChanges(@BindMethods List<ChangeRow> rows);
}

package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.deal.DealRows.ChangeRow;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows.HistoryRow;
import com.computeledger.adapters.persistence.deal.DealRows.SourceRow;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SqlObject DAO of the deal tables: the deal row, its commitments and sources, and its history. */
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

    default Optional<DealRow> findById(UUID id) {
        return getHandle().createQuery("select " + DealRows.SELECT_COLUMNS + " from deal d where d.id = :id")
                .bind("id", id).map(DealRows.DEAL_ROW).findOne();
    }

    @SqlBatch("insert into deal_commitment (deal_id, position, accelerator_id, units, units_approximate, gigawatts, "
            + "full_capacity_by) values (:dealId, :position, :acceleratorId, :units, :unitsApproximate, :gigawatts, "
            + ":fullCapacityBy)")
    void insertCommitments(@BindMethods List<CommitmentRow> rows);

    @SqlUpdate("delete from deal_commitment where deal_id = :dealId")
    void deleteCommitments(@Bind("dealId") UUID dealId);

    @SqlQuery("select deal_id, position, accelerator_id, units, units_approximate, gigawatts, full_capacity_by "
            + "from deal_commitment where deal_id in (<dealIds>) order by deal_id, position")
    @RegisterConstructorMapper(CommitmentRow.class)
    List<CommitmentRow> commitmentsOf(@BindList("dealIds") List<UUID> dealIds);

    @SqlBatch("insert into deal_source (deal_id, position, title, address, published_on) "
            + "values (:dealId, :position, :title, :address, :publishedOn)")
    void insertSources(@BindMethods List<SourceRow> rows);

    @SqlUpdate("delete from deal_source where deal_id = :dealId")
    void deleteSources(@Bind("dealId") UUID dealId);

    @SqlQuery("select deal_id, position, title, address, published_on from deal_source "
            + "where deal_id in (<dealIds>) order by deal_id, position")
    @RegisterConstructorMapper(SourceRow.class)
    List<SourceRow> sourcesOf(@BindList("dealIds") List<UUID> dealIds);

    @SqlBatch("insert into deal_history (deal_id, version, kind, actor, occurred_at, snapshot) "
            + "values (:dealId, :version, :kind, :actor, :occurredAt, :snapshot)")
    void insertHistories(@BindMethods List<HistoryRow> rows);

    @SqlBatch("insert into deal_history_change (deal_id, version, position, field, before_value, after_value) "
            + "values (:dealId, :version, :position, :field, :beforeValue, :afterValue)")
    void insertChanges(@BindMethods List<ChangeRow> rows);

    @SqlQuery("select deal_id, version, kind, actor, occurred_at, snapshot from deal_history where deal_id = :dealId "
            + "order by version")
    @RegisterConstructorMapper(HistoryRow.class)
    List<HistoryRow> historyOf(@Bind("dealId") UUID dealId);

    @SqlQuery("select deal_id, version, position, field, before_value, after_value from deal_history_change "
            + "where deal_id = :dealId order by version, position")
    @RegisterConstructorMapper(ChangeRow.class)
    List<ChangeRow> changesOf(@Bind("dealId") UUID dealId);
}

package com.computeledger.adapters.persistence.deal;

import com.computeledger.adapters.persistence.deal.DealRows.ChangeRow;
import com.computeledger.adapters.persistence.deal.DealRows.ChangeRowMapper;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRow;
import com.computeledger.adapters.persistence.deal.DealRows.CommitmentRowMapper;
import com.computeledger.adapters.persistence.deal.DealRows.DealRow;
import com.computeledger.adapters.persistence.deal.DealRows.DealRowMapper;
import com.computeledger.adapters.persistence.deal.DealRows.HistoryRow;
import com.computeledger.adapters.persistence.deal.DealRows.HistoryRowMapper;
import com.computeledger.adapters.persistence.deal.DealRows.SourceRow;
import com.computeledger.adapters.persistence.deal.DealRows.SourceRowMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/** SqlObject DAO of the deal tables: the deal row, its commitments and sources, and its history. */
interface DealDao {

    @SqlBatch("insert into deal (id, customer, customer_key, provider_id, announced_on, term_start, term_months, "
            + "value_kind, value_low, value_high, currency, value_confidence, expansion_through, expansion_note, "
            + "status, version, recorded_at, updated_at) values (:id, :customer, :customerKey, :providerId, "
            + ":announcedOn, :termStart, :termMonths, :valueKind, :valueLow, :valueHigh, :currency, "
            + ":valueConfidence, :expansionThrough, :expansionNote, :status, :version, :recordedAt, :updatedAt)")
    void insertAll(@BindMethods List<DealRow> rows);

    /** Optimistic update: changes the row only if it is still at {@code expectedVersion}; returns the rows changed. */
    @SqlUpdate("update deal set customer = :customer, customer_key = :customerKey, provider_id = :providerId, "
            + "announced_on = :announcedOn, term_start = :termStart, term_months = :termMonths, "
            + "value_kind = :valueKind, value_low = :valueLow, value_high = :valueHigh, currency = :currency, "
            + "value_confidence = :valueConfidence, expansion_through = :expansionThrough, "
            + "expansion_note = :expansionNote, status = :status, version = :version, updated_at = :updatedAt "
            + "where id = :id and version = :expectedVersion")
    int update(@BindMethods DealRow row, @Bind("expectedVersion") long expectedVersion);

    @SqlQuery("select " + DealRows.DEAL_COLUMNS + " from deal d where d.id = :id")
    @UseRowMapper(DealRowMapper.class)
    Optional<DealRow> findById(@Bind("id") UUID id);

    @SqlBatch("insert into deal_commitment (deal_id, position, accelerator_id, units, units_approximate, gigawatts, "
            + "full_capacity_by) values (:dealId, :position, :acceleratorId, :units, :unitsApproximate, :gigawatts, "
            + ":fullCapacityBy)")
    void insertCommitments(@BindMethods List<CommitmentRow> rows);

    @SqlUpdate("delete from deal_commitment where deal_id = :dealId")
    void deleteCommitments(@Bind("dealId") UUID dealId);

    @SqlQuery("select deal_id, position, accelerator_id, units, units_approximate, gigawatts, full_capacity_by "
            + "from deal_commitment where deal_id in (<dealIds>) order by deal_id, position")
    @UseRowMapper(CommitmentRowMapper.class)
    List<CommitmentRow> commitmentsOf(@BindList("dealIds") List<UUID> dealIds);

    @SqlBatch("insert into deal_source (deal_id, position, title, address, published_on) "
            + "values (:dealId, :position, :title, :address, :publishedOn)")
    void insertSources(@BindMethods List<SourceRow> rows);

    @SqlUpdate("delete from deal_source where deal_id = :dealId")
    void deleteSources(@Bind("dealId") UUID dealId);

    @SqlQuery("select deal_id, position, title, address, published_on from deal_source "
            + "where deal_id in (<dealIds>) order by deal_id, position")
    @UseRowMapper(SourceRowMapper.class)
    List<SourceRow> sourcesOf(@BindList("dealIds") List<UUID> dealIds);

    @SqlBatch("insert into deal_history (deal_id, version, kind, actor, occurred_at) "
            + "values (:dealId, :version, :kind, :actor, :occurredAt)")
    void insertHistories(@BindMethods List<HistoryRow> rows);

    @SqlBatch("insert into deal_history_change (deal_id, version, position, field, before_value, after_value) "
            + "values (:dealId, :version, :position, :field, :beforeValue, :afterValue)")
    void insertChanges(@BindMethods List<ChangeRow> rows);

    @SqlQuery("select deal_id, version, kind, actor, occurred_at from deal_history where deal_id = :dealId "
            + "order by version")
    @UseRowMapper(HistoryRowMapper.class)
    List<HistoryRow> historyOf(@Bind("dealId") UUID dealId);

    @SqlQuery("select deal_id, version, position, field, before_value, after_value from deal_history_change "
            + "where deal_id = :dealId order by version, position")
    @UseRowMapper(ChangeRowMapper.class)
    List<ChangeRow> changesOf(@Bind("dealId") UUID dealId);
}

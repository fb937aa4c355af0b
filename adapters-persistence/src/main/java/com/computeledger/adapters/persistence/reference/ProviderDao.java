package com.computeledger.adapters.persistence.reference;

import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/** SqlObject DAO of the {@code provider} table. */
interface ProviderDao {

    @SqlUpdate("insert into provider (id, name, kind) values (:id, :name, :kind)")
    void insert(@Bind("id") String id, @Bind("name") String name, @Bind("kind") String kind);

    @SqlQuery("select id, name, kind from provider where id = :id")
    @UseRowMapper(ProviderMapper.class)
    Optional<Provider> findById(@Bind("id") String id);

    @SqlQuery("select id, name, kind from provider order by id")
    @UseRowMapper(ProviderMapper.class)
    List<Provider> findAll();

    /** Maps a {@code provider} row to the domain. */
    public static final class ProviderMapper implements RowMapper<Provider> {
        @Override
        public Provider map(ResultSet row, StatementContext context) throws SQLException {
            return new Provider(ProviderId.of(row.getString("id")), row.getString("name"),
                    ProviderKind.valueOf(row.getString("kind")));
        }
    }
}

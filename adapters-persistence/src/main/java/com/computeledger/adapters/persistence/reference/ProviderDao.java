package com.computeledger.adapters.persistence.reference;

import com.computeledger.domain.reference.Provider;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SqlObject DAO of the {@code provider} table, whose columns are the components of {@link Provider}. */
@RegisterConstructorMapper(Provider.class)
interface ProviderDao {

    @SqlUpdate("insert into provider (id, name, kind) values (:id.value, :name, :kind)")
    void insert(@BindMethods Provider provider);

    @SqlQuery("select id, name, kind from provider where id = :id")
    Optional<Provider> findById(@Bind("id") String id);

    @SqlQuery("select id, name, kind from provider order by id")
    List<Provider> findAll();
}

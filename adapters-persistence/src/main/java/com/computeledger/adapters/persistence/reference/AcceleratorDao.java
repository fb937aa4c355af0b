package com.computeledger.adapters.persistence.reference;

import com.computeledger.domain.reference.Accelerator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SqlObject DAO of the {@code accelerator} table (the compute catalog), whose columns are the components of
 * {@link Accelerator}.
 */
@RegisterConstructorMapper(Accelerator.class)
interface AcceleratorDao {

    @SqlUpdate("insert into accelerator (id, vendor, model, all_in_kilowatts_per_unit) "
            + "values (:id.value, :vendor, :model, :allInKilowattsPerUnit)")
    void insert(@BindMethods Accelerator accelerator);

    @SqlQuery("select id, vendor, model, all_in_kilowatts_per_unit from accelerator where id = :id")
    Optional<Accelerator> findById(@Bind("id") String id);

    @SqlQuery("select id, vendor, model, all_in_kilowatts_per_unit from accelerator order by id")
    List<Accelerator> findAll();
}

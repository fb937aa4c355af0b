package com.computeledger.adapters.persistence.reference;

import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import java.math.BigDecimal;
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

/** SqlObject DAO of the {@code accelerator} table (the compute catalog). */
interface AcceleratorDao {

    @SqlUpdate("insert into accelerator (id, vendor, model, all_in_kilowatts_per_unit) "
            + "values (:id, :vendor, :model, :kilowatts)")
    void insert(@Bind("id") String id, @Bind("vendor") String vendor, @Bind("model") String model,
                @Bind("kilowatts") BigDecimal kilowatts);

    @SqlQuery("select id, vendor, model, all_in_kilowatts_per_unit from accelerator where id = :id")
    @UseRowMapper(AcceleratorMapper.class)
    Optional<Accelerator> findById(@Bind("id") String id);

    @SqlQuery("select id, vendor, model, all_in_kilowatts_per_unit from accelerator order by id")
    @UseRowMapper(AcceleratorMapper.class)
    List<Accelerator> findAll();

    /** Maps an {@code accelerator} row to the domain. */
    public static final class AcceleratorMapper implements RowMapper<Accelerator> {
        @Override
        public Accelerator map(ResultSet row, StatementContext context) throws SQLException {
            return new Accelerator(AcceleratorId.of(row.getString("id")), row.getString("vendor"),
                    row.getString("model"), row.getBigDecimal("all_in_kilowatts_per_unit"));
        }
    }
}

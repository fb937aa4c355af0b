package com.computeledger.adapters.persistence.reference;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The accelerator out-port on the {@code accelerator} table (plain JDBI statements, as {@code DealReads} explains). */
public final class JdbiAcceleratorRepository implements AcceleratorRepository {

    private static final String SELECT = "select id, vendor, model, all_in_kilowatts_per_unit from accelerator";

    private static final RowMapper<Accelerator> ACCELERATOR = (row, context) -> new Accelerator(
            new AcceleratorId(row.getString("id")), row.getString("vendor"), row.getString("model"),
            row.getBigDecimal("all_in_kilowatts_per_unit"));

    private final JdbiUnitOfWork unitOfWork;

    public JdbiAcceleratorRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(Accelerator accelerator) {
        SqlErrors.insertNew("accelerator", accelerator.id(), () -> unitOfWork.withHandle(handle -> handle.createUpdate(
                        "insert into accelerator (id, vendor, model, all_in_kilowatts_per_unit) "
                                + "values (:id, :vendor, :model, :kilowatts)")
                .bind("id", accelerator.id().value()).bind("vendor", accelerator.vendor())
                .bind("model", accelerator.model()).bind("kilowatts", accelerator.allInKilowattsPerUnit()).execute()));
    }

    @Override
    public Optional<Accelerator> findById(AcceleratorId id) {
        return unitOfWork.withHandle(handle -> handle.createQuery(SELECT + " where id = :id").bind("id", id.value())
                .map(ACCELERATOR).findOne());
    }

    @Override
    public List<Accelerator> findAll() {
        return unitOfWork.withHandle(handle -> handle.createQuery(SELECT + " order by id").map(ACCELERATOR).list());
    }
}

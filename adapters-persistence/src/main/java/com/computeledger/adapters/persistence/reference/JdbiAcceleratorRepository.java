package com.computeledger.adapters.persistence.reference;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import java.util.List;
import java.util.Optional;

/** The accelerator out-port on the {@code accelerator} table. */
public final class JdbiAcceleratorRepository implements AcceleratorRepository {

    private final JdbiUnitOfWork unitOfWork;

    public JdbiAcceleratorRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(Accelerator accelerator) {
        SqlErrors.insertNew("accelerator", accelerator.id(), () -> unitOfWork.withHandle(handle -> {
            handle.attach(AcceleratorDao.class).insert(accelerator);
            return null;
        }));
    }

    @Override
    public Optional<Accelerator> findById(AcceleratorId id) {
        return unitOfWork.withHandle(handle -> handle.attach(AcceleratorDao.class).findById(id.value()));
    }

    @Override
    public List<Accelerator> findAll() {
        return unitOfWork.withHandle(handle -> handle.attach(AcceleratorDao.class).findAll());
    }
}

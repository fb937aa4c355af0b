package com.computeledger.application.reference.port.out;

import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import java.util.List;
import java.util.Optional;

/** Out-port: stores and loads the accelerator catalog. */
public interface AcceleratorRepository {

    /** Stores a new catalog entry; fails with {@code AlreadyExistsException} when its id is taken. */
    void insert(Accelerator accelerator);

    Optional<Accelerator> findById(AcceleratorId id);

    /** The whole catalog, ordered by id. */
    List<Accelerator> findAll();
}

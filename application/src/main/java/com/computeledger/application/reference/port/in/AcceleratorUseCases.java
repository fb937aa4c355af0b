package com.computeledger.application.reference.port.in;

import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import java.util.List;

/** In-port: registers and reads the accelerator catalog. */
public interface AcceleratorUseCases {

    /** Adds an accelerator to the catalog; fails with {@code AlreadyExistsException} when the id is taken. */
    Accelerator register(Accelerator accelerator);

    /** The whole catalog, ordered by id. */
    List<Accelerator> list();

    /** One catalog entry; fails with {@code NotFoundException} when there is none. */
    Accelerator get(AcceleratorId id);

    /**
     * Registers an entry from a backup: true when it was stored, false when the same entry is registered already;
     * fails with {@code AlreadyExistsException} when its id is registered with other content (that one is kept).
     */
    boolean restore(Accelerator entry);
}

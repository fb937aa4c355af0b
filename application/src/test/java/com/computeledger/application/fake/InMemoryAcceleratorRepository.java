package com.computeledger.application.fake;

import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;

/** The accelerator out-port in memory. */
public final class InMemoryAcceleratorRepository extends InMemoryReferenceData<Accelerator, AcceleratorId>
        implements AcceleratorRepository {

    public InMemoryAcceleratorRepository() {
        super("accelerator", Accelerator::id, AcceleratorId::value);
    }
}

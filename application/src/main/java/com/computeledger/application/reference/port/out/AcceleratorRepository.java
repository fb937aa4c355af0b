package com.computeledger.application.reference.port.out;

import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;

/** Out-port: stores and loads the accelerator catalog. */
public interface AcceleratorRepository extends ReferenceRepository<Accelerator, AcceleratorId> {
}

package com.computeledger.application.reference.service;

import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.application.reference.port.out.AcceleratorRepository;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;

/** Implements the accelerator catalog use cases over the accelerator repository. */
public final class AcceleratorCatalogService extends ReferenceDataService<Accelerator, AcceleratorId>
        implements AcceleratorUseCases {

    public AcceleratorCatalogService(AcceleratorRepository accelerators, UnitOfWork unitOfWork) {
        super("accelerator", Accelerator::id, accelerators, unitOfWork);
    }
}

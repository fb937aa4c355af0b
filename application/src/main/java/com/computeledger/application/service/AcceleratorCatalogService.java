package com.computeledger.application.service;

import com.computeledger.application.port.in.AcceleratorUseCases;
import com.computeledger.application.port.out.AcceleratorRepository;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.domain.accelerator.Accelerator;
import com.computeledger.domain.accelerator.AcceleratorId;

/** Implements the accelerator catalog use cases over the accelerator repository. */
public final class AcceleratorCatalogService extends ReferenceDataService<Accelerator, AcceleratorId>
        implements AcceleratorUseCases {

    public AcceleratorCatalogService(AcceleratorRepository accelerators, UnitOfWork unitOfWork) {
        super("accelerator", Accelerator::id, accelerators::findById, accelerators::insert, accelerators::findAll,
                unitOfWork);
    }
}

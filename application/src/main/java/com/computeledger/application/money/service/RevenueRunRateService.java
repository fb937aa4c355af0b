package com.computeledger.application.money.service;

import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.money.port.in.RevenueRunRateUseCases;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.OrganisationId;
import java.util.List;

/** Implements the run-rate use cases: the organisation must be registered; one transaction each. */
public final class RevenueRunRateService implements RevenueRunRateUseCases {

    private final RevenueRunRateRepository runRates;
    private final OrganisationRepository organisations;
    private final UnitOfWork unitOfWork;

    public RevenueRunRateService(RevenueRunRateRepository runRates, OrganisationRepository organisations,
                                 UnitOfWork unitOfWork) {
        this.runRates = runRates;
        this.organisations = organisations;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public RevenueRunRate record(RevenueRunRate runRate) {
        runRate.checkWriteRules();
        return unitOfWork.inTransaction(() -> {
            requireRegistered(runRate.organisation());
            runRates.add(runRate);
            return runRate;
        });
    }

    @Override
    public boolean restore(RevenueRunRate runRate) {
        return unitOfWork.inTransaction(() -> {
            requireRegistered(runRate.organisation());
            if (runRates.findAll(runRate.organisation()).contains(runRate)) {
                return false;
            }
            runRates.add(runRate);
            return true;
        });
    }

    @Override
    public List<RevenueRunRate> list(OrganisationId organisation) {
        return unitOfWork.inTransaction(() -> {
            requireRegistered(organisation);
            return runRates.findAll(organisation);
        });
    }

    private void requireRegistered(OrganisationId organisation) {
        if (organisations.findById(organisation).isEmpty()) {
            throw new NotFoundException("organisation", organisation);
        }
    }
}

package com.computeledger.application.money.port.out;

import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.OrganisationId;
import java.util.List;

/** Out-port: stores an organisation's revenue run rates, one per date. */
public interface RevenueRunRateRepository {

    /** Stores a run rate; fails with {@code AlreadyExistsException} when the organisation has one on that date. */
    void add(RevenueRunRate runRate);

    /** Every run rate of the organisation, newest first. */
    List<RevenueRunRate> findAll(OrganisationId organisation);
}

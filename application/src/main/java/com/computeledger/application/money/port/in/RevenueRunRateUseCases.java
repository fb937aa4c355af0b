package com.computeledger.application.money.port.in;

import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.OrganisationId;
import java.util.List;

/** In-port: records and reads the revenue run rates of organisations. */
public interface RevenueRunRateUseCases {

    /** Records a run rate; fails with {@code NotFoundException} when the organisation is not registered. */
    RevenueRunRate record(RevenueRunRate runRate);

    /** Every run rate of an organisation, newest first; fails with {@code NotFoundException} when there is none. */
    List<RevenueRunRate> list(OrganisationId organisation);

    /**
     * Records a run rate from a backup: true when it was stored, false when the same one is recorded already; fails
     * with {@code AlreadyExistsException} when the organisation has another on that date (that one is kept).
     */
    boolean restore(RevenueRunRate runRate);
}

package com.computeledger.application.analytics.port.in;

import com.computeledger.domain.analytics.ConfidenceMix;
import com.computeledger.domain.deal.DealFilter;

/**
 * Exercise 2, reference solution: the in-port of the confidence mix. (In the ledger itself this would be one more
 * method of {@link MarketAnalyticsUseCases}, ADR 0017; the exercise gives it an in-port of its own so that a
 * solution adds files and changes none.)
 */
public interface ConfidenceMixUseCases {

    /** The confidence mix of the deals that match {@code filter}. */
    ConfidenceMix confidenceMix(DealFilter filter);
}

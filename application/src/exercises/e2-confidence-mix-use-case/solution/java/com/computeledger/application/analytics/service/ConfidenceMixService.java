package com.computeledger.application.analytics.service;

import com.computeledger.application.analytics.port.in.ConfidenceMixUseCases;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.port.out.DealRepository;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.domain.analytics.ConfidenceMix;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exercise 2, reference solution: reads the matching deals a page at a time through the deal out-port, in one
 * transaction, and lets the domain work out the mix.
 */
public final class ConfidenceMixService implements ConfidenceMixUseCases {

    private static final int PAGE = 500;

    private final DealRepository deals;
    private final UnitOfWork unitOfWork;

    public ConfidenceMixService(DealRepository deals, UnitOfWork unitOfWork) {
        this.deals = deals;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ConfidenceMix confidenceMix(DealFilter filter) {
        return unitOfWork.inTransaction(() -> {
            List<DealDetails> matching = new ArrayList<>();
            Optional<DealCursor> after = Optional.empty();
            do {
                DealPage page = deals.search(filter, DealSort.RECORDED_AT_ASC, after, PAGE);
                page.deals().stream().map(Deal::details).forEach(matching::add);
                after = page.next();
            } while (after.isPresent());
            return ConfidenceMix.of(matching);
        });
    }
}

package com.computeledger.application.deal;

import com.computeledger.domain.deal.Deal;
import java.util.List;
import java.util.Optional;

/** One page of deals and, when more follow, the cursor of the next page. */
public record DealPage(List<Deal> deals, Optional<DealCursor> next) {

    public DealPage {
        deals = List.copyOf(deals);
    }
}

package com.computeledger.application.deal.port.in;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import java.util.List;

/** In-port: reads one deal and its history. */
public interface GetDealUseCase {

    /** The deal as it is now; fails with {@code NotFoundException} when there is none. */
    Deal get(DealId id);

    /** Every change of the deal, oldest first; fails with {@code NotFoundException} when there is no such deal. */
    List<DealHistoryEntry> history(DealId id);
}

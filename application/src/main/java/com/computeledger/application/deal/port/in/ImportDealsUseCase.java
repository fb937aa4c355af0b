package com.computeledger.application.deal.port.in;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.shared.Actor;
import java.util.List;

/** In-port: records a batch of deals (a bulk import) in one transaction: all of them, or none. */
public interface ImportDealsUseCase {

    List<Deal> recordAll(List<DealDetails> batch, Actor actor);
}

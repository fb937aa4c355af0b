package com.computeledger.application.port.in;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;

/** In-port: records a new deal. */
public interface RecordDealUseCase {

    /** Records the deal as {@code ANNOUNCED} at version 1 and returns it. */
    Deal record(RecordDealCommand command);

    /** What to record and who records it. */
    record RecordDealCommand(DealDetails details, Actor actor) {
        public RecordDealCommand {
            Require.present(details, "details");
            Require.present(actor, "actor");
        }
    }
}

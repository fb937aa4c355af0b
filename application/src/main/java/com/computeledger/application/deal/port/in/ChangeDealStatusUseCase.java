package com.computeledger.application.deal.port.in;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;

/** In-port: moves a deal along its lifecycle, provided nobody changed it since the caller read it. */
public interface ChangeDealStatusUseCase {

    Deal changeStatus(ChangeDealStatusCommand command);

    /** The deal, the version the caller read, the target status and who moves it. */
    record ChangeDealStatusCommand(DealId dealId, long expectedVersion, DealStatus target, Actor actor) {
        public ChangeDealStatusCommand {
            Require.present(dealId, "dealId");
            Require.that(expectedVersion >= 1, "version", "must be at least 1");
            Require.present(target, "status");
            Require.present(actor, "actor");
        }
    }
}

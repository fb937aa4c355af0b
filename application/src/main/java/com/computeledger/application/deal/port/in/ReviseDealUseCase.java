package com.computeledger.application.deal.port.in;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;

/** In-port: replaces a deal's details, provided nobody changed it since the caller read it. */
public interface ReviseDealUseCase {

    /** The revised deal, one version higher; the stored deal unchanged when the details change nothing. */
    Deal revise(ReviseDealCommand command);

    /** The deal, the version the caller read, the new details (checked against the write rules) and who revises. */
    record ReviseDealCommand(DealId dealId, long expectedVersion, DealDetails details, Actor actor) {
        public ReviseDealCommand {
            Require.present(dealId, "dealId");
            Require.that(expectedVersion >= 1, "version", "must be at least 1");
            Require.present(details, "details").checkWriteRules();
            Require.present(actor, "actor");
        }
    }
}

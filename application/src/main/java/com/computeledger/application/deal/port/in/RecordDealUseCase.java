package com.computeledger.application.deal.port.in;

import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.util.Optional;

/** In-port: records a new deal, at most once per idempotency key. */
public interface RecordDealUseCase {

    /**
     * Records the deal as {@code ANNOUNCED} at version 1. With a key already used for the same details it
     * records nothing and returns the deal that first request created; with a key used for other details it
     * fails with {@code IdempotencyKeyReusedException}.
     */
    RecordedDeal record(RecordDealCommand command);

    /** What to record (checked against the write rules, every broken one named), who records it, and an idempotency key. */
    record RecordDealCommand(DealDetails details, Actor actor, Optional<IdempotencyKey> idempotencyKey) {
        public RecordDealCommand {
            Require.present(details, "details").checkWriteRules();
            Require.present(actor, "actor");
            Require.present(idempotencyKey, "idempotencyKey");
        }

        public RecordDealCommand(DealDetails details, Actor actor) {
            this(details, actor, Optional.empty());
        }
    }

    /** The deal, and whether it came from an earlier request with the same idempotency key. */
    record RecordedDeal(Deal deal, boolean replayed) {
        public RecordedDeal {
            Require.present(deal, "deal");
        }
    }
}

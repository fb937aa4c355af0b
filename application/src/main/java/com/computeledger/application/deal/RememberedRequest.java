package com.computeledger.application.deal;

import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.shared.Require;

/** What an idempotency key was first used for: the request's fingerprint and the deal it created. */
public record RememberedRequest(IdempotencyKey key, String fingerprint, DealId dealId) {

    public RememberedRequest {
        Require.present(key, "key");
        Require.present(fingerprint, "fingerprint");
        Require.present(dealId, "dealId");
    }
}

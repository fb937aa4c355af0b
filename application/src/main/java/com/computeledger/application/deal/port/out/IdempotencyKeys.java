package com.computeledger.application.deal.port.out;

import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.RememberedRequest;
import java.time.Instant;
import java.util.Optional;

/** Out-port: remembers which create request each idempotency key was first used for, shared by every instance. */
public interface IdempotencyKeys {

    Optional<RememberedRequest> find(IdempotencyKey key);

    /** Remembers a key; fails with {@code AlreadyExistsException} when another request took it first. */
    void remember(RememberedRequest request, Instant at);
}

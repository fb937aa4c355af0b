package com.computeledger.application.fake;

import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.RememberedRequest;
import com.computeledger.application.deal.port.out.IdempotencyKeys;
import com.computeledger.application.error.AlreadyExistsException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The idempotency-key out-port in memory. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<IdempotencyKey, RememberedRequest> requests = new ConcurrentHashMap<>();

    @Override
    public Optional<RememberedRequest> find(IdempotencyKey key) {
        return Optional.ofNullable(requests.get(key));
    }

    @Override
    public void remember(RememberedRequest request, Instant at) {
        if (requests.putIfAbsent(request.key(), request) != null) {
            throw new AlreadyExistsException("idempotency key", request.key().value());
        }
    }
}

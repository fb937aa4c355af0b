package com.computeledger.bootstrap;

import com.computeledger.application.port.out.DealIdSource;
import com.computeledger.domain.deal.DealId;
import java.util.UUID;

/** Production deal ids: random (type 4) UUIDs, unique across instances without coordination. */
final class RandomDealIdSource implements DealIdSource {

    @Override
    public DealId nextId() {
        return new DealId(UUID.randomUUID());
    }
}

package com.computeledger.application.fake;

import com.computeledger.application.deal.port.out.DealIdSource;
import com.computeledger.domain.deal.DealId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Hands out predictable deal ids: 00000000-0000-0000-0000-000000000001, ...002, and so on. */
public final class SequentialDealIdSource implements DealIdSource {

    private final AtomicLong next = new AtomicLong();

    @Override
    public DealId nextId() {
        return new DealId(new UUID(0, next.incrementAndGet()));
    }
}

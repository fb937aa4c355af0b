package com.computeledger.bootstrap;

import com.computeledger.application.deal.port.out.DealIdSource;
import com.computeledger.domain.deal.DealId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Production deal ids: time-ordered (version 7, RFC 9562) UUIDs. The first 48 bits are the Unix time in
 * milliseconds and the other 74 free bits are random, so ids are unique across instances without
 * coordination and new ids land at the end of every index keyed by id (docs/adr/0010).
 */
final class TimeOrderedDealIdSource implements DealIdSource {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC_9562 = 0x8000_0000_0000_0000L;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TimeOrderedDealIdSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public DealId nextId() {
        long millis = clock.millis();
        long mostSignificant = (millis << 16) | VERSION_7 | (random.nextInt() & 0x0FFF);
        long leastSignificant = VARIANT_RFC_9562 | (random.nextLong() >>> 2);
        return new DealId(new UUID(mostSignificant, leastSignificant));
    }
}

package com.computeledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.deal.DealId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedDealIdSourceTest {

    private static final Instant NOW = Instant.parse("2025-11-03T12:00:00.123Z");

    @Test
    void ids_are_version_7_uuids_carrying_the_millisecond_of_their_creation() {
        UUID id = new TimeOrderedDealIdSource(Clock.fixed(NOW, ZoneOffset.UTC)).nextId().value();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void a_later_millisecond_gives_a_larger_id() {
        UUID earlier = new TimeOrderedDealIdSource(Clock.fixed(NOW, ZoneOffset.UTC)).nextId().value();
        UUID later = new TimeOrderedDealIdSource(Clock.fixed(NOW.plusMillis(1), ZoneOffset.UTC)).nextId().value();

        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void ids_of_the_same_millisecond_are_still_distinct() {
        TimeOrderedDealIdSource source = new TimeOrderedDealIdSource(Clock.fixed(NOW, ZoneOffset.UTC));
        Set<DealId> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(source.nextId());
        }

        assertThat(ids).hasSize(100_000);
    }
}

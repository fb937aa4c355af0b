package com.computeledger.adapters.web.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ids the service gives requests that bring none of their own. */
class RequestIdFilterTest {

    @Test
    void aNewIdIsARandomVersion4UuidAndNeverRepeats() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(RequestIdFilter.newId()));

        assertThat(ids).hasSize(10_000).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        });
    }
}

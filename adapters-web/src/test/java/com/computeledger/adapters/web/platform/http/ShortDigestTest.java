package com.computeledger.adapters.web.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShortDigestTest {

    @Test
    void isTheFirstSeventyTwoBitsOfSha256InBase64Url() {
        assertThat(ShortDigest.of("abc")).isEqualTo("ungWv48Bz-pB");
        assertThat(ShortDigest.of("")).isEqualTo("47DEQpj8HBSa");
    }

    @Test
    void threadsDigestingAtOnceGetTheSameDigests() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = IntStream.range(0, 8).mapToObj(thread -> threads.submit(() ->
                    IntStream.range(0, 2_000).allMatch(i -> ShortDigest.of(i % 2 == 0 ? "abc" : "")
                            .equals(i % 2 == 0 ? "ungWv48Bz-pB" : "47DEQpj8HBSa")))).toList();
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

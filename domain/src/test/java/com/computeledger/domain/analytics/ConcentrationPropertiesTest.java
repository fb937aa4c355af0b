package com.computeledger.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.reference.ProviderId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the concentration measure over 200 generated markets. Each market comes from a fixed seed,
 * so a failure names the seed that reproduces it (see docs/adr/0006 on property tests without a library).
 */
class ConcentrationPropertiesTest {

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 200).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hhiLiesBetweenTenThousandOverNAndTenThousand(long seed) {
        List<ProviderWeight> market = market(seed);
        Concentration concentration = Concentration.of(market, MergerGuidelines.US_2023).orElseThrow();
        int n = concentration.shares().size();
        BigDecimal lowest = BigDecimal.valueOf(10_000).divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.FLOOR);

        assertThat(concentration.hhi()).isBetween(lowest, BigDecimal.valueOf(10_000));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOrderOfTheInputDoesNotMatter(long seed) {
        List<ProviderWeight> market = market(seed);
        List<ProviderWeight> shuffled = new ArrayList<>(market);
        Collections.shuffle(shuffled, new Random(seed * 31));

        assertThat(Concentration.of(shuffled, MergerGuidelines.US_2023))
                .isEqualTo(Concentration.of(market, MergerGuidelines.US_2023));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sharesAddUpToAHundredPercent(long seed) {
        Concentration concentration = Concentration.of(market(seed), MergerGuidelines.US_2023).orElseThrow();
        BigDecimal sum = concentration.shares().stream().map(ProviderShare::sharePercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal roundingSlack = new BigDecimal("0.005").multiply(BigDecimal.valueOf(concentration.shares().size()));

        assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(roundingSlack);
        assertThat(concentration.cr4()).isLessThanOrEqualTo(new BigDecimal("100.00"));
    }

    /** One to thirty providers with weights up to USD 1T, at least one of them positive. */
    private static List<ProviderWeight> market(long seed) {
        Random random = new Random(seed);
        int providers = 1 + random.nextInt(30);
        List<ProviderWeight> market = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            long weight = i == 0 ? 1 + random.nextInt(1_000_000) : Math.abs(random.nextLong() % 1_000_000_000_000L);
            market.add(new ProviderWeight(new ProviderId("p" + i), BigDecimal.valueOf(weight)));
        }
        return market;
    }
}

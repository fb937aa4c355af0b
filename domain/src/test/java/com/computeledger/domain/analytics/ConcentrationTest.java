package com.computeledger.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.reference.ProviderId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcentrationTest {

    @Test
    void sharesOfFiftyThirtyTwentyGiveAnHhiOf3800() {
        Concentration market = Concentration.of(List.of(weight("c", "20"), weight("a", "50"), weight("b", "30")),
                MergerGuidelines.US_2023).orElseThrow();

        assertThat(market.shares()).extracting(share -> share.providerId().value()).containsExactly("a", "b", "c");
        assertThat(market.shares()).extracting(ProviderShare::sharePercent)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("30.00"), new BigDecimal("20.00"));
        assertThat(market.hhi()).isEqualByComparingTo("3800");
        assertThat(market.cr4()).isEqualByComparingTo("100");
        assertThat(market.total()).isEqualByComparingTo("100");
        assertThat(market.verdict()).isEqualTo(ConcentrationVerdict.HIGHLY_CONCENTRATED);
    }

    @Test
    void oneProviderIsAMonopolyOf10000() {
        Concentration market = Concentration.of(List.of(weight("aws", "38000000000")), MergerGuidelines.US_2023)
                .orElseThrow();
        assertThat(market.hhi()).isEqualByComparingTo("10000");
        assertThat(market.shares()).singleElement().extracting(ProviderShare::sharePercent)
                .isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void theArticlesOpenAiDealsByValue() {
        Concentration market = Concentration.of(List.of(weight("aws", "38"), weight("microsoft-azure", "250"),
                weight("oracle", "300")), MergerGuidelines.US_2023).orElseThrow();
        // 300/588 = 51.0204 %, 250/588 = 42.5170 %, 38/588 = 6.4626 %; HHI = 2603.08 + 1807.70 + 41.77
        assertThat(market.shares()).extracting(ProviderShare::sharePercent)
                .containsExactly(new BigDecimal("51.02"), new BigDecimal("42.52"), new BigDecimal("6.46"));
        assertThat(market.hhi()).isEqualByComparingTo("4452.54");
    }

    @Test
    void cr4AddsOnlyTheFourLargest() {
        Concentration market = Concentration.of(List.of(weight("a", "30"), weight("b", "25"), weight("c", "20"),
                weight("d", "15"), weight("e", "10")), MergerGuidelines.US_2023).orElseThrow();
        assertThat(market.cr4()).isEqualByComparingTo("90");
        assertThat(market.hhi()).isEqualByComparingTo("2250");
    }

    @Test
    void nothingWeighedHasNoConcentration() {
        assertThat(Concentration.of(List.of(), MergerGuidelines.US_2023)).isEmpty();
        assertThat(Concentration.of(List.of(weight("a", "0")), MergerGuidelines.US_2023)).isEmpty();
    }

    @Test
    void providersOfZeroWeightAreLeftOut() {
        Concentration market = Concentration.of(List.of(weight("a", "1"), weight("b", "0")), MergerGuidelines.US_2023)
                .orElseThrow();
        assertThat(market.shares()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
            "US_2023, 999.99, UNCONCENTRATED",
            "US_2023, 1000, MODERATELY_CONCENTRATED",
            "US_2023, 1800, MODERATELY_CONCENTRATED",
            "US_2023, 1800.01, HIGHLY_CONCENTRATED",
            "US_2010, 1499.99, UNCONCENTRATED",
            "US_2010, 1500, MODERATELY_CONCENTRATED",
            "US_2010, 2500, MODERATELY_CONCENTRATED",
            "US_2010, 2500.01, HIGHLY_CONCENTRATED"})
    void verdictsFollowTheGuidelinesThresholds(MergerGuidelines guidelines, BigDecimal hhi,
                                               ConcentrationVerdict verdict) {
        assertThat(guidelines.verdict(hhi)).isEqualTo(verdict);
    }

    static ProviderWeight weight(String provider, String weight) {
        return new ProviderWeight(new ProviderId(provider), new BigDecimal(weight));
    }

    @Test
    void aNegativeTotalStoredUnderOlderRulesIsLeftOutLikeZero() {
        Concentration market = Concentration.of(List.of(weight("aws", "-5"), weight("oracle", "10")),
                MergerGuidelines.US_2023).orElseThrow();
        assertThat(market.shares()).extracting(share -> share.providerId().value()).containsExactly("oracle");
        assertThat(Concentration.of(List.of(weight("aws", "-5")), MergerGuidelines.US_2023)).isEmpty();
    }
}

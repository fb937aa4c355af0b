package com.computeledger.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BuildOutScenarioTest {

    @Test
    void theArticlesThirtyGigawattsAtOneAWeek() {
        BuildOutScenario scenario = new BuildOutScenario(Gigawatts.of("30"), Gigawatts.of("1"),
                PowerEquivalences.ARTICLE_DEFAULTS);

        assertThat(scenario.weeks()).isEqualByComparingTo("30");
        assertThat(scenario.years()).isEqualByComparingTo("0.57");
        assertThat(scenario.capex()).isEqualTo(Money.usd("1200000000000"));
        assertThat(scenario.homesPowered()).isEqualByComparingTo("24900000");
    }

    @Test
    void aQuotedCapexImpliesACostPerGigawatt() {
        assertThat(BuildOutScenario.impliedCostPerGigawatt(Money.usd("1400000000000"), Gigawatts.of("30")))
                .isEqualTo(Money.usd("46666666666.67"));
    }

    @Test
    void factorsAreParameters() {
        PowerEquivalences custom = new PowerEquivalences(new BigDecimal("750000"), Money.usd("50000000000"));
        assertThat(custom.homes(Gigawatts.of("2"))).isEqualByComparingTo("1500000");
        assertThat(custom.capex(Gigawatts.of("2"))).isEqualTo(Money.usd("100000000000"));
    }

    @Test
    void refusesZeroOrNegativePaceAndTarget() {
        assertThatThrownBy(() -> new BuildOutScenario(Gigawatts.of("30"), Gigawatts.of("0"),
                PowerEquivalences.ARTICLE_DEFAULTS)).hasMessage("gigawattsPerWeek: must be positive");
        assertThatThrownBy(() -> new BuildOutScenario(Gigawatts.of("0"), Gigawatts.of("1"),
                PowerEquivalences.ARTICLE_DEFAULTS)).hasMessage("targetGigawatts: must be positive");
        assertThatThrownBy(() -> new PowerEquivalences(BigDecimal.ZERO, Money.usd("1")))
                .hasMessage("homesPerGigawatt: must be positive");
        assertThatThrownBy(() -> new PowerEquivalences(BigDecimal.ONE, Money.ZERO))
                .hasMessage("capexPerGigawatt: must be positive");
    }
}

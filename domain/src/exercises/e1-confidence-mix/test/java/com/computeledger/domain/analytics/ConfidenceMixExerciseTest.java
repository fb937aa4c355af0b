package com.computeledger.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealFixtures;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exercise 1 (docs/exercises.md): the acceptance tests of {@code ConfidenceMix}. */
class ConfidenceMixExerciseTest {

    private static DealDetails deal(DealValue value, ValueConfidence confidence) {
        DealDetails aws = DealFixtures.withValue(DealFixtures.awsDeal(), value);
        return new DealDetails(aws.customer(), aws.providerId(), aws.announcedOn(), aws.term(), aws.value(),
                confidence, aws.commitments(), aws.expansion(), aws.sources());
    }

    /** The article's four OpenAI deals: AWS 38B and Azure 250B confirmed, Oracle 300B reported, Google undisclosed. */
    private static final List<DealDetails> ARTICLE = List.of(
            deal(DealValue.exact(Money.usd("38000000000")), ValueConfidence.CONFIRMED),
            deal(DealValue.exact(Money.usd("250000000000")), ValueConfidence.CONFIRMED),
            deal(DealValue.exact(Money.usd("300000000000")), ValueConfidence.REPORTED),
            deal(DealValue.undisclosed(), ValueConfidence.REPORTED));

    @Test
    void addsTheDisclosedMoneyPerConfidenceAndCountsTheUndisclosedApart() {
        ConfidenceMix mix = ConfidenceMix.of(ARTICLE);

        assertThat(mix.disclosed()).containsEntry(ValueConfidence.CONFIRMED, Money.usd("288000000000"))
                .containsEntry(ValueConfidence.REPORTED, Money.usd("300000000000"))
                .containsEntry(ValueConfidence.ESTIMATED, Money.ZERO);
        assertThat(mix.undisclosedDeals()).isEqualTo(1);
        assertThat(mix.total()).isEqualTo(Money.usd("588000000000"));
    }

    @Test
    void sharesArePercentOfTheDisclosedMoneyToTwoDecimals() {
        ConfidenceMix mix = ConfidenceMix.of(ARTICLE);

        assertThat(mix.sharePercent(ValueConfidence.CONFIRMED)).isEqualByComparingTo("48.98");
        assertThat(mix.sharePercent(ValueConfidence.REPORTED)).isEqualByComparingTo("51.02");
        assertThat(mix.sharePercent(ValueConfidence.ESTIMATED)).isEqualByComparingTo("0");
    }

    @Test
    void aRangeCountsAtItsLowEnd() {
        ConfidenceMix mix = ConfidenceMix.of(List.of(deal(DealValue.range(Money.usd("17400000000"),
                Money.usd("19400000000")), ValueConfidence.ESTIMATED)));

        assertThat(mix.disclosed()).containsEntry(ValueConfidence.ESTIMATED, Money.usd("17400000000"));
        assertThat(mix.sharePercent(ValueConfidence.ESTIMATED)).isEqualByComparingTo(BigDecimal.valueOf(100));
    }

    @Test
    void noDisclosedMoneyMeansNoShareRatherThanADivisionByZero() {
        ConfidenceMix mix = ConfidenceMix.of(List.of(deal(DealValue.undisclosed(), ValueConfidence.REPORTED)));

        assertThat(mix.total()).isEqualTo(Money.ZERO);
        assertThat(mix.sharePercent(ValueConfidence.REPORTED)).isEqualByComparingTo("0");
        assertThat(mix.undisclosedDeals()).isEqualTo(1);
    }
}

package com.computeledger.domain.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A market's concentration by value or by power, with what was left out: by value, deals whose value is
 * undisclosed are counted and reported, never guessed, and value ranges give one answer at the low ends and
 * one at the high ends; by power, commitments without stated GW or a chip count are counted the same way.
 */
public record ConcentrationReport(
        ConcentrationMeasure measure,
        long itemsCounted,
        long itemsWithoutFigure,
        Optional<Concentration> atLowEnds,
        Optional<Concentration> atHighEnds) {

    /** Concentration by committed value: deals counted, undisclosed deals, low-end and high-end answers. */
    public static ConcentrationReport byValue(List<ProviderValueTotals> totals, MergerGuidelines guidelines) {
        return new ConcentrationReport(ConcentrationMeasure.VALUE,
                totals.stream().mapToLong(ProviderValueTotals::deals).sum(),
                totals.stream().mapToLong(ProviderValueTotals::undisclosedDeals).sum(),
                measure(totals, t -> t.lowTotal().amount(), guidelines),
                measure(totals, t -> t.highTotal().amount(), guidelines));
    }

    /** Concentration by committed gigawatts (stated plus estimated): one answer, the same at both ends. */
    public static ConcentrationReport byPower(List<ProviderPowerTotals> totals, MergerGuidelines guidelines) {
        Optional<Concentration> concentration = Concentration.of(totals.stream()
                .map(t -> new ProviderWeight(t.providerId(), t.total().value())).toList(), guidelines);
        return new ConcentrationReport(ConcentrationMeasure.POWER,
                totals.stream().mapToLong(ProviderPowerTotals::commitments).sum(),
                totals.stream().mapToLong(ProviderPowerTotals::commitmentsWithoutPower).sum(),
                concentration, concentration);
    }

    private static Optional<Concentration> measure(List<ProviderValueTotals> totals,
                                                   Function<ProviderValueTotals, BigDecimal> end,
                                                   MergerGuidelines guidelines) {
        return Concentration.of(totals.stream().map(t -> new ProviderWeight(t.providerId(), end.apply(t))).toList(),
                guidelines);
    }
}

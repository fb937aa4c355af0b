package com.computeledger.domain.money;

import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.deal.DealValue;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A buyer's commitments against its revenue: its deals (as {@link CustomerExposure} sums them) and the purchases
 * recorded as money flows, in total and per year (only those with a known term), set against its latest revenue run
 * rate — how many years of revenue it has committed, and how many times its yearly revenue it has committed per year.
 * OpenAI in the demo: 588B of deals and 22.4B with CoreWeave, 610.4B against 20B a year: 30.52 years.
 */
public record CommitmentCoverage(
        String customer,
        FlowTotal commitments,
        long annualizedCommitments,
        Money annualizedLow,
        Money annualizedHigh,
        Optional<RevenueRunRate> runRate,
        Optional<BigDecimal> yearsOfRevenueLow,
        Optional<BigDecimal> yearsOfRevenueHigh,
        Optional<BigDecimal> annualizedPerRevenueLow,
        Optional<BigDecimal> annualizedPerRevenueHigh) {

    public CommitmentCoverage {
        Require.present(customer, "customer");
        Require.present(commitments, "commitments");
        Require.present(runRate, "runRate");
    }

    /** The coverage of {@code customer}: its deals, its recorded purchases (other flows are ignored) and its run rate. */
    public static CommitmentCoverage of(String customer, CustomerExposure deals, List<MoneyFlow> flows,
                                        Optional<RevenueRunRate> runRate) {
        List<MoneyFlowDetails> purchases = flows.stream().map(MoneyFlow::details)
                .filter(details -> details.kind().isPurchase()).toList();
        FlowTotal commitments = purchases.stream().map(details -> FlowTotal.of(details.value()))
                .reduce(new FlowTotal(deals.lowTotal(), deals.highTotal(), deals.deals(), deals.undisclosedDeals()),
                        FlowTotal::plus);
        List<DealValue> annualized = purchases.stream().flatMap(details -> details.annualizedValue().stream()).toList();
        Money annualizedLow = annualized.stream().map(value -> value.lowerBound().orElseThrow())
                .reduce(deals.annualizedLowTotal(), Money::plus);
        Money annualizedHigh = annualized.stream().map(value -> value.upperBound().orElseThrow())
                .reduce(deals.annualizedHighTotal(), Money::plus);
        Optional<Money> revenue = runRate.map(RevenueRunRate::annualRevenue);
        return new CommitmentCoverage(customer, commitments, deals.annualizedDeals() + annualized.size(),
                annualizedLow, annualizedHigh, runRate,
                revenue.map(perYear -> ratio(commitments.low(), perYear)),
                revenue.map(perYear -> ratio(commitments.high(), perYear)),
                revenue.map(perYear -> ratio(annualizedLow, perYear)),
                revenue.map(perYear -> ratio(annualizedHigh, perYear)));
    }

    private static BigDecimal ratio(Money amount, Money perYear) {
        return amount.amount().divide(perYear.amount(), 2, RoundingMode.HALF_EVEN);
    }
}

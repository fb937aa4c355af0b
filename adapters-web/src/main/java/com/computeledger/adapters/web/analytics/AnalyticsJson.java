package com.computeledger.adapters.web.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the analytics resource. Money is a decimal string with a currency, like everywhere in
 * the API; ratios (shares, HHI, CR4, weeks) are JSON numbers written in plain notation.
 */
public final class AnalyticsJson {

    private AnalyticsJson() {
    }

    /** An amount of US dollars. */
    public record MoneyJson(String amount, String currency) {
    }

    /** Concentration of the matching deals, with a low-end and a high-end answer (the same when measured by power). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConcentrationResponse(String measure, String guidelines, ThresholdsJson thresholds, long counted,
                                        long withoutFigure, String withoutFigureMeaning, ConcentrationJson lowEnds,
                                        ConcentrationJson highEnds) {
    }

    /** The HHI thresholds of the guidelines used. */
    public record ThresholdsJson(BigDecimal moderatelyConcentratedFrom, BigDecimal highlyConcentratedAbove) {
    }

    /**
     * One answer: the total weighed (money when measured by value, gigawatts by power; the other is omitted), HHI,
     * CR4, verdict and each provider's share.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConcentrationJson(MoneyJson totalValue, String totalGigawatts, BigDecimal hhi, BigDecimal cr4,
                                    String verdict, List<ShareJson> shares) {
    }

    /** A provider's weight (money by value, gigawatts by power; the other is omitted) and share in percent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShareJson(String providerId, MoneyJson value, String gigawatts, BigDecimal sharePercent) {
    }

    /** One customer's exposure. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExposureResponse(String customer, long deals, long undisclosedDeals, MoneyJson disclosedLow,
                                   MoneyJson disclosedHigh, long annualizedDeals, MoneyJson annualizedLow,
                                   MoneyJson annualizedHigh, LargestProviderJson largestProvider,
                                   List<ProviderExposureJson> byProvider) {
    }

    /** The provider with the largest commitment and its share (percent) at both ends. */
    public record LargestProviderJson(String providerId, BigDecimal shareOfLowTotal, BigDecimal shareOfHighTotal) {
    }

    /** A customer's commitments to one provider. */
    public record ProviderExposureJson(String providerId, long deals, long undisclosedDeals, MoneyJson low,
                                       MoneyJson high, long annualizedDeals, MoneyJson annualizedLow,
                                       MoneyJson annualizedHigh) {
    }

    /** Gigawatts online at the end of each period. */
    public record TimelineResponse(String granularity, String groupBy, long commitmentsLeftOut,
                                   List<TimelinePointJson> points) {
    }

    /** One period's capacity, in total and per group. */
    public record TimelinePointJson(LocalDate periodStart, LocalDate periodEnd, String totalGigawatts,
                                    List<GroupCapacityJson> groups) {
    }

    /** One group's capacity at a period end; {@code estimated} when derived from chip counts. */
    public record GroupCapacityJson(String group, String gigawatts, boolean estimated) {
    }

    /** What an amount of power stands for. */
    public record EquivalencesResponse(String gigawatts, BigDecimal homes, MoneyJson capex,
                                       FactorsJson factors) {
    }

    /** The factors an answer used. */
    public record FactorsJson(BigDecimal homesPerGigawatt, MoneyJson capexPerGigawatt) {
    }

    /** A build-out scenario's outcome; {@code impliedCapexPerGigawatt} only when a quoted capex was given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BuildOutResponse(String targetGigawatts, String gigawattsPerWeek, BigDecimal weeks, BigDecimal years,
                                   MoneyJson capex, BigDecimal homesPowered, FactorsJson factors,
                                   MoneyJson impliedCapexPerGigawatt) {
    }
}

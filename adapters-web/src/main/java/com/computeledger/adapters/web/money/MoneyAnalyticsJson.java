package com.computeledger.adapters.web.money;

import com.computeledger.adapters.web.analytics.AnalyticsJson.MoneyJson;
import com.computeledger.adapters.web.deal.DealJson.SourceJson;
import com.computeledger.adapters.web.deal.DealJson.ValueJson;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.MoneyFlowKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the money analyses. Money is a decimal string with a currency, as everywhere in the API; a sum
 * gives both ends of any range and counts its undisclosed flows; shares and years are JSON numbers.
 */
public final class MoneyAnalyticsJson {

    private MoneyAnalyticsJson() {
    }

    /** A sum of flows: disclosed amounts at both ends, how many flows, how many of them undisclosed (never guessed). */
    public record FlowTotalJson(MoneyJson low, MoneyJson high, long flows, long undisclosedFlows) {
    }

    /** A firm: an organisation (its id), or a deal's customer or provider that no organisation stands for. */
    public record FirmJson(String id, String name, boolean organisation) {
    }

    /** The money-flow graph: each firm's balance, each edge, and the total. */
    public record GraphResponse(List<FirmBalanceJson> firms, List<EdgeJson> edges, FlowTotalJson total) {
    }

    /** What a firm receives and pays, and its net at both ends (least inflow against most outflow, and back). */
    public record FirmBalanceJson(FirmJson firm, FlowTotalJson inflow, FlowTotalJson outflow, MoneyJson netLow,
                                  MoneyJson netHigh) {
    }

    /** The flows from one firm to another, summed, and each flow that makes them. */
    public record EdgeJson(String payer, String payee, FlowTotalJson value, List<FlowJson> flows) {
    }

    /**
     * One flow of an edge: a recorded money flow ({@code moneyFlowId}) or a customer's deals with a provider
     * ({@code customer} and {@code providerId}; list them at /deals).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlowJson(MoneyFlowKind kind, FlowTotalJson value, String moneyFlowId, String customer,
                           String providerId) {
    }

    /** The closed loops (at most the limit; {@code truncated} when more exist) and how much of the money circulates. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClosedLoopsResponse(int limit, boolean truncated, List<LoopJson> loops, FlowTotalJson circulating,
                                      FlowTotalJson total, BigDecimal circulatingSharePercentLow,
                                      BigDecimal circulatingSharePercentHigh) {
    }

    /** One loop: its firms in order from the smallest id, the edge from each to the next, and the money that can go round. */
    public record LoopJson(List<String> firms, ValueJson value, List<EdgeJson> hops) {
    }

    /** A buyer's commitments against its latest revenue run rate; the ratios are absent without a run rate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CoverageResponse(String customer, FlowTotalJson commitments, long annualizedCommitments,
                                   MoneyJson annualizedLow, MoneyJson annualizedHigh, RunRateResponse runRate,
                                   BigDecimal yearsOfRevenueLow, BigDecimal yearsOfRevenueHigh,
                                   BigDecimal annualizedPerRevenueLow, BigDecimal annualizedPerRevenueHigh) {
    }

    /** A revenue run rate as recorded. */
    public record RunRateResponse(String organisationId, MoneyJson annualRevenue, LocalDate asOf,
                                  ValueConfidence confidence, SourceJson source) {
    }
}

package com.computeledger.adapters.web.money;

import com.computeledger.adapters.web.analytics.AnalyticsJson.MoneyJson;
import com.computeledger.adapters.web.deal.DealJsonMapping;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.ClosedLoopsResponse;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.CoverageResponse;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.EdgeJson;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.FirmBalanceJson;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.FirmJson;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.FlowJson;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.FlowTotalJson;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.GraphResponse;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.LoopJson;
import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.application.money.port.in.MoneyFlowAnalyticsUseCases;
import com.computeledger.application.money.port.in.MoneyFlowAnalyticsUseCases.CoverageQuery;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.money.ClosedLoopReport;
import com.computeledger.domain.money.ClosedLoops;
import com.computeledger.domain.money.CommitmentCoverage;
import com.computeledger.domain.money.Firm;
import com.computeledger.domain.money.FlowOrigin;
import com.computeledger.domain.money.FlowTotal;
import com.computeledger.domain.money.GraphFlow;
import com.computeledger.domain.money.MoneyFlowGraph;
import com.computeledger.domain.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * {@code /api/v1/analytics} for the money among firms: the flow graph, its closed loops and a buyer's commitment
 * coverage. Recorded flows and deals (compute purchases from the provider's owner) are analysed together.
 */
@Path("/api/v1/analytics")
@Tag(name = "money analytics", description = "The money-flow graph, its closed loops, commitment coverage")
@Produces(MediaType.APPLICATION_JSON)
public final class MoneyAnalyticsResource {

    /** How many loops an answer lists when the request does not say. */
    public static final int DEFAULT_LOOPS = 100;

    private final MoneyFlowAnalyticsUseCases analytics;

    public MoneyAnalyticsResource(MoneyFlowAnalyticsUseCases analytics) {
        this.analytics = analytics;
    }

    @Operation(operationId = "getMoneyFlowGraph", summary = "The money-flow graph among firms",
            description = "Every firm that pays or is paid in the flows of the kind and period asked (deals are "
                    + "compute purchases paid to the provider's owner; cancelled deals are left out), with its "
                    + "inflow, outflow and net, and one edge per payer and payee with the flows that make it.")
    @GET
    @Path("/money-flows")
    public GraphResponse graph(@BeanParam MoneyFlowFilterParameters filter) {
        MoneyFlowGraph graph = analytics.graph(filter.toFilter(Optional.empty()));
        return new GraphResponse(
                graph.balances().stream().map(balance -> new FirmBalanceJson(firm(balance.firm()),
                        total(balance.inflow()), total(balance.outflow()), money(balance.netLow()),
                        money(balance.netHigh()))).toList(),
                graph.edges().stream().map(MoneyAnalyticsResource::edge).toList(), total(graph.total()));
    }

    @Operation(operationId = "getClosedLoops", summary = "Closed loops of money",
            description = "Every elementary cycle of the money-flow graph (Johnson's algorithm), once, starting at its "
                    + "firm with the smallest id, with the edges that make it and the money that can go round it: its "
                    + "smallest edge, undisclosed when any flow on it is. At most `limit` loops are listed "
                    + "(`truncated` says more exist); the share of disclosed flow value that lies on some loop counts "
                    + "them all.")
    @GET
    @Path("/closed-loops")
    public ClosedLoopsResponse closedLoops(
            @BeanParam MoneyFlowFilterParameters filter,
            @Parameter(description = "How many loops the answer lists at most", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "" + ClosedLoops.MAX_LIMIT,
                    defaultValue = "" + DEFAULT_LOOPS))
            @QueryParam("limit") String limit) {
        int most = QueryParameters.integer("limit", limit, DEFAULT_LOOPS);
        if (most < 1 || most > ClosedLoops.MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", "must be between 1 and " + ClosedLoops.MAX_LIMIT);
        }
        ClosedLoopReport report = analytics.closedLoops(filter.toFilter(Optional.empty()), most);
        return new ClosedLoopsResponse(most, report.truncated(), report.loops().stream()
                .map(loop -> new LoopJson(loop.firms().stream().map(Firm::id).toList(),
                        DealJsonMapping.valueJson(loop.value()),
                        loop.hops().stream().map(MoneyAnalyticsResource::edge).toList())).toList(),
                total(report.circulating()), total(report.total()), report.circulatingShareLow().orElse(null),
                report.circulatingShareHigh().orElse(null));
    }

    @Operation(operationId = "getCommitmentCoverage", summary = "Commitment coverage of a buyer",
            description = "A buyer's commitments — its deals and the purchases recorded as money flows — in total and "
                    + "per year (those with a known term), against its latest revenue run rate: the years of revenue "
                    + "it has committed. The customer is an organisation's id or name, or a deal's customer name.")
    @GET
    @Path("/commitment-coverage")
    public CoverageResponse coverage(
            @Parameter(description = "The buyer (an organisation's id or name in any letter case, or a deal's "
                    + "customer)", required = true, schema = @Schema(maxLength = Customer.MAX_LENGTH, example = "OpenAI"))
            @QueryParam("customer") String customer) {
        if (customer == null || customer.isBlank()) {
            throw ProblemException.invalidParameter("customer", "is required");
        }
        CommitmentCoverage coverage = analytics.coverage(QueryParameters.parsed("customer",
                () -> new CoverageQuery(customer)));
        return new CoverageResponse(coverage.customer(), total(coverage.commitments()),
                coverage.annualizedCommitments(), money(coverage.annualizedLow()), money(coverage.annualizedHigh()),
                coverage.runRate().map(RevenueRunRateResource::toResponse).orElse(null),
                coverage.yearsOfRevenueLow().orElse(null), coverage.yearsOfRevenueHigh().orElse(null),
                coverage.annualizedPerRevenueLow().orElse(null), coverage.annualizedPerRevenueHigh().orElse(null));
    }

    private static EdgeJson edge(MoneyFlowGraph.Edge edge) {
        return new EdgeJson(edge.payer().id(), edge.payee().id(), total(edge.value()),
                edge.flows().stream().map(MoneyAnalyticsResource::flow).toList());
    }

    private static FlowJson flow(GraphFlow flow) {
        if (flow.origin() instanceof FlowOrigin.Recorded recorded) {
            return new FlowJson(flow.kind(), total(flow.value()), recorded.flowId().toString(), null, null);
        }
        FlowOrigin.Deals deals = (FlowOrigin.Deals) flow.origin();
        return new FlowJson(flow.kind(), total(flow.value()), null, deals.customer().name(),
                deals.providerId().value());
    }

    private static FirmJson firm(Firm firm) {
        return new FirmJson(firm.id(), firm.name(), firm.organisation());
    }

    private static FlowTotalJson total(FlowTotal total) {
        return new FlowTotalJson(money(total.low()), money(total.high()), total.flows(), total.undisclosed());
    }

    static MoneyJson money(Money money) {
        return new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}

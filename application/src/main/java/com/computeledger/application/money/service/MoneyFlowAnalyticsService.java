package com.computeledger.application.money.service;

import com.computeledger.application.analytics.port.out.MarketStatistics;
import com.computeledger.application.money.port.in.MoneyFlowAnalyticsUseCases;
import com.computeledger.application.money.port.out.MoneyFlowRepository;
import com.computeledger.application.money.port.out.RevenueRunRateRepository;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.money.ClosedLoopReport;
import com.computeledger.domain.money.ClosedLoops;
import com.computeledger.domain.money.CommitmentCoverage;
import com.computeledger.domain.money.FirmDirectory;
import com.computeledger.domain.money.GraphFlow;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowFilter;
import com.computeledger.domain.money.MoneyFlowGraph;
import com.computeledger.domain.money.MoneyFlowKind;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Implements the money analyses in one read transaction each: storage hands over the recorded flows and the deals
 * summed per customer and provider, {@link FirmDirectory} maps both onto firms, and the domain analyses.
 */
public final class MoneyFlowAnalyticsService implements MoneyFlowAnalyticsUseCases {

    private final MoneyFlowRepository flows;
    private final OrganisationRepository organisations;
    private final ProviderRepository providers;
    private final RevenueRunRateRepository runRates;
    private final MarketStatistics statistics;
    private final UnitOfWork unitOfWork;

    public MoneyFlowAnalyticsService(MoneyFlowRepository flows, OrganisationRepository organisations,
                                     ProviderRepository providers, RevenueRunRateRepository runRates,
                                     MarketStatistics statistics, UnitOfWork unitOfWork) {
        this.flows = flows;
        this.organisations = organisations;
        this.providers = providers;
        this.runRates = runRates;
        this.statistics = statistics;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public MoneyFlowGraph graph(MoneyFlowFilter filter) {
        return unitOfWork.inTransaction(() -> graphOf(filter));
    }

    @Override
    public ClosedLoopReport closedLoops(MoneyFlowFilter filter, int limit) {
        MoneyFlowGraph graph = graph(filter);
        return ClosedLoops.of(graph, limit);
    }

    @Override
    public CommitmentCoverage coverage(CoverageQuery query) {
        return unitOfWork.inTransaction(() -> {
            FirmDirectory directory = new FirmDirectory(organisations.findAll(), List.of());
            Optional<Organisation> organisation = directory.organisationNamed(query.customer());
            Customer customer = Customer.named(organisation.map(Organisation::name).orElse(query.customer()));
            DealFilter deals = new DealFilter(Optional.empty(), Optional.of(customer), DealFilter.notCancelled(),
                    Optional.empty(), Optional.empty());
            CustomerExposure exposure = CustomerExposure.of(customer, statistics.commitmentsByProvider(deals));
            List<MoneyFlow> paid = organisation.map(payer -> flows.findAll(new MoneyFlowFilter(Optional.empty(),
                            Optional.of(payer.id()), Optional.empty(), Optional.empty())).stream()
                    .filter(flow -> flow.details().payer().equals(payer.id())).toList()).orElse(List.of());
            Optional<RevenueRunRate> runRate = organisation.flatMap(found -> runRates.findAll(found.id()).stream()
                    .findFirst());
            return CommitmentCoverage.of(customer.name(), exposure, paid, runRate);
        });
    }

    private MoneyFlowGraph graphOf(MoneyFlowFilter filter) {
        MoneyFlowFilter kindAndPeriod = new MoneyFlowFilter(filter.kind(), Optional.empty(), filter.from(), filter.to());
        FirmDirectory directory = new FirmDirectory(organisations.findAll(), providers.findAll());
        List<GraphFlow> graphFlows = new ArrayList<>();
        flows.graphFlows(kindAndPeriod).forEach(flow -> graphFlows.add(directory.flowOf(flow)));
        if (filter.kind().map(MoneyFlowKind.COMPUTE_PURCHASE::equals).orElse(true)) {
            flows.dealPurchases(filter.from(), filter.to()).forEach(deals -> graphFlows.add(directory.flowOf(deals)));
        }
        return MoneyFlowGraph.of(graphFlows);
    }
}

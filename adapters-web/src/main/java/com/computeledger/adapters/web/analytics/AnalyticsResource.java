package com.computeledger.adapters.web.analytics;

import com.computeledger.adapters.web.analytics.AnalyticsJson.BuildOutResponse;
import com.computeledger.adapters.web.analytics.AnalyticsJson.ConcentrationJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.ConcentrationResponse;
import com.computeledger.adapters.web.analytics.AnalyticsJson.EquivalencesResponse;
import com.computeledger.adapters.web.analytics.AnalyticsJson.ExposureResponse;
import com.computeledger.adapters.web.analytics.AnalyticsJson.FactorsJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.GroupCapacityJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.LargestProviderJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.MoneyJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.ProviderExposureJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.ShareJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.ThresholdsJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.TimelinePointJson;
import com.computeledger.adapters.web.analytics.AnalyticsJson.TimelineResponse;
import com.computeledger.adapters.web.deal.DealFilterParameters;
import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ConcentrationQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.ExposureQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases.TimelineQuery;
import com.computeledger.application.analytics.port.in.MarketAnalyticsUseCases;
import com.computeledger.domain.analytics.BuildOutScenario;
import com.computeledger.domain.analytics.CapacityTimelineReport;
import com.computeledger.domain.analytics.Concentration;
import com.computeledger.domain.analytics.ConcentrationMeasure;
import com.computeledger.domain.analytics.ConcentrationReport;
import com.computeledger.domain.analytics.CustomerExposure;
import com.computeledger.domain.analytics.MergerGuidelines;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.analytics.ProviderCommitments;
import com.computeledger.domain.analytics.TimelineGranularity;
import com.computeledger.domain.analytics.TimelineGrouping;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/v1/analytics}: market concentration, customer exposure, capacity timeline, power equivalences
 * and build-out scenarios. Analyses over deals leave cancelled deals out unless {@code status} says otherwise.
 */
@Path("/api/v1/analytics")
@Tag(name = "analytics", description = "Concentration, exposure, capacity timeline, equivalences, build-out")
@Produces(MediaType.APPLICATION_JSON)
public final class AnalyticsResource {

    private final MarketAnalyticsUseCases analytics;

    public AnalyticsResource(MarketAnalyticsUseCases analytics) {
        this.analytics = analytics;
    }

    @GET
    @Path("/concentration")
    public ConcentrationResponse concentration(@QueryParam("measure") String measure,
                                               @QueryParam("guidelines") String guidelines,
                                               @BeanParam DealFilterParameters filter) {
        ConcentrationMeasure weighedBy = QueryParameters.choice("measure", measure, ConcentrationMeasure.class,
                ConcentrationMeasure.VALUE);
        MergerGuidelines rules = QueryParameters.choice("guidelines", guidelines, MergerGuidelines.class,
                MergerGuidelines.US_2023);
        ConcentrationReport report = analytics.concentration(new ConcentrationQuery(
                filter.toFilter(DealFilter.notCancelled()), weighedBy, rules));
        return new ConcentrationResponse(lower(weighedBy), lower(rules),
                new ThresholdsJson(rules.moderateFrom(), rules.highAbove()), report.itemsCounted(),
                report.itemsWithoutFigure(), weighedBy == ConcentrationMeasure.VALUE
                ? "deals whose value is undisclosed (counted, not guessed)"
                : "commitments with neither gigawatts nor a chip count",
                report.atLowEnds().map(answer -> concentrationJson(answer, weighedBy)).orElse(null),
                report.atHighEnds().map(answer -> concentrationJson(answer, weighedBy)).orElse(null));
    }

    @GET
    @Path("/exposure")
    public ExposureResponse exposure(@BeanParam DealFilterParameters filter) {
        CustomerExposure exposure = analytics.exposure(new ExposureQuery(filter.requiredCustomer(),
                filter.toFilter(DealFilter.notCancelled())));
        return new ExposureResponse(exposure.customer().name(), exposure.deals(), exposure.undisclosedDeals(),
                money(exposure.lowTotal()), money(exposure.highTotal()), exposure.annualizedDeals(),
                money(exposure.annualizedLowTotal()), money(exposure.annualizedHighTotal()),
                exposure.largestProvider().map(largest -> new LargestProviderJson(largest.providerId().value(),
                        largest.shareOfLowTotal(), largest.shareOfHighTotal())).orElse(null),
                exposure.byProvider().stream().map(AnalyticsResource::providerExposure).toList());
    }

    @GET
    @Path("/capacity-timeline")
    public TimelineResponse capacityTimeline(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("granularity") String granularity,
                                             @QueryParam("groupBy") String groupBy,
                                             @BeanParam DealFilterParameters filterParameters) {
        LocalDate start = QueryParameters.date("from", from)
                .orElseThrow(() -> ProblemException.invalidParameter("from", "is required"));
        LocalDate end = QueryParameters.date("to", to)
                .orElseThrow(() -> ProblemException.invalidParameter("to", "is required"));
        TimelineGranularity period = QueryParameters.choice("granularity", granularity, TimelineGranularity.class,
                TimelineGranularity.QUARTER);
        TimelineGrouping grouping = QueryParameters.choice("groupBy", groupBy, TimelineGrouping.class,
                TimelineGrouping.PROVIDER);
        DealFilter filter = filterParameters.toFilter(DealFilter.notCancelled());
        CapacityTimelineReport report = QueryParameters.parsed("from",
                () -> analytics.capacityTimeline(new TimelineQuery(filter, start, end, period, grouping)));
        return new TimelineResponse(lower(period), lower(grouping), report.commitmentsLeftOut(),
                report.timeline().points().stream().map(point -> new TimelinePointJson(point.periodStart(),
                        point.periodEnd(), gigawatts(point.total()), point.groups().stream()
                        .map(group -> new GroupCapacityJson(group.group(), gigawatts(group.online()),
                                group.estimated())).toList())).toList());
    }

    @GET
    @Path("/equivalences")
    public EquivalencesResponse equivalences(@QueryParam("gigawatts") String gigawatts,
                                             @QueryParam("homesPerGigawatt") String homesPerGigawatt,
                                             @QueryParam("capexPerGigawatt") String capexPerGigawatt) {
        Gigawatts power = requiredGigawatts("gigawatts", gigawatts);
        PowerEquivalences factors = factors(homesPerGigawatt, capexPerGigawatt);
        return new EquivalencesResponse(gigawatts(power), factors.homes(power), money(factors.capex(power)),
                factorsJson(factors));
    }

    @GET
    @Path("/build-out")
    public BuildOutResponse buildOut(@QueryParam("targetGigawatts") String targetGigawatts,
                                     @QueryParam("gigawattsPerWeek") String gigawattsPerWeek,
                                     @QueryParam("homesPerGigawatt") String homesPerGigawatt,
                                     @QueryParam("capexPerGigawatt") String capexPerGigawatt,
                                     @QueryParam("quotedCapex") String quotedCapex) {
        Gigawatts target = requiredGigawatts("targetGigawatts", targetGigawatts);
        Gigawatts perWeek = requiredGigawatts("gigawattsPerWeek", gigawattsPerWeek);
        PowerEquivalences factors = factors(homesPerGigawatt, capexPerGigawatt);
        BuildOutScenario scenario = QueryParameters.parsed("gigawattsPerWeek",
                () -> analytics.scenario(target, perWeek, factors));
        Optional<Money> quoted = QueryParameters.decimal("quotedCapex", quotedCapex, Money::stated);
        return new BuildOutResponse(gigawatts(target), gigawatts(perWeek), scenario.weeks(), scenario.years(),
                money(scenario.capex()), scenario.homesPowered(), factorsJson(factors),
                quoted.map(capex -> QueryParameters.parsed("targetGigawatts",
                        () -> money(BuildOutScenario.impliedCostPerGigawatt(capex, target)))).orElse(null));
    }

    private PowerEquivalences factors(String homesPerGigawatt, String capexPerGigawatt) {
        Optional<BigDecimal> homes = QueryParameters.decimal("homesPerGigawatt", homesPerGigawatt);
        Optional<Money> capex = QueryParameters.decimal("capexPerGigawatt", capexPerGigawatt, Money::stated);
        return QueryParameters.parsed(homes.isPresent() ? "homesPerGigawatt" : "capexPerGigawatt",
                () -> analytics.equivalences(homes, capex));
    }

    private static Gigawatts requiredGigawatts(String name, String text) {
        return QueryParameters.decimal(name, text, Gigawatts::stated)
                .orElseThrow(() -> ProblemException.invalidParameter(name, "is required"));
    }

    private static ConcentrationJson concentrationJson(Concentration concentration, ConcentrationMeasure measure) {
        boolean byValue = measure == ConcentrationMeasure.VALUE;
        return new ConcentrationJson(byValue ? money(Money.usd(concentration.total())) : null,
                byValue ? null : concentration.total().toPlainString(), concentration.hhi(), concentration.cr4(),
                lower(concentration.verdict()), concentration.shares().stream()
                .map(share -> new ShareJson(share.providerId().value(), byValue ? money(Money.usd(share.weight())) : null,
                        byValue ? null : share.weight().toPlainString(), share.sharePercent()))
                .toList());
    }

    private static ProviderExposureJson providerExposure(ProviderCommitments commitments) {
        return new ProviderExposureJson(commitments.providerId().value(), commitments.deals(),
                commitments.undisclosedDeals(), money(commitments.lowTotal()), money(commitments.highTotal()),
                commitments.annualizedDeals(), money(commitments.annualizedLowTotal()),
                money(commitments.annualizedHighTotal()));
    }

    private static FactorsJson factorsJson(PowerEquivalences factors) {
        return new FactorsJson(factors.homesPerGigawatt(), money(factors.capexPerGigawatt()));
    }

    private static MoneyJson money(Money money) {
        return new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    private static String gigawatts(Gigawatts power) {
        return power.value().toPlainString();
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

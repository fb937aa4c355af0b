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
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Money;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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

    /** How the API documents a decimal query parameter: plain digits, an optional fraction, no sign or exponent. */
    /** The longest decimal text the pattern allows: 20 digits, a point, 20 digits. */
    private static final int DECIMAL_LENGTH = 41;

    private static final String DECIMAL = "^[0-9]{1,20}(\\.[0-9]{1,20})?$";

    private static final String HOMES_PER_GIGAWATT = "US homes one gigawatt powers (the configured factor when absent)";
    private static final String CAPEX_PER_GIGAWATT = "Build-out cost of one gigawatt in USD (the configured factor "
            + "when absent)";

    private final MarketAnalyticsUseCases analytics;

    public AnalyticsResource(MarketAnalyticsUseCases analytics) {
        this.analytics = analytics;
    }

    @Operation(operationId = "getConcentration", summary = "Concentration among providers",
            description = "The share of each provider in the matching deals by value or by power, with HHI, CR4 and the"
                    + " verdict of the merger guidelines; answered once at the low ends and once at the high ends "
                    + "of value ranges. Undisclosed values are counted, never guessed. Cancelled deals are left out"
                    + " unless status says otherwise.")
    @GET
    @Path("/concentration")
    public ConcentrationResponse concentration(
            @Parameter(description = "What a provider's weight is: the value of its deals, or their power",
                    schema = @Schema(allowableValues = {"value", "power"}, defaultValue = "value"))
            @QueryParam("measure") String measure,
            @Parameter(description = "The merger guidelines whose HHI thresholds give the verdict",
                    schema = @Schema(allowableValues = {"us-2023", "us-2010"}, defaultValue = "us-2023"))
            @QueryParam("guidelines") String guidelines,
            @Parameter(description = DealFilterParameters.CUSTOMER, schema = @Schema(maxLength = Customer.MAX_LENGTH))
            @QueryParam("customer") String customer,
            @BeanParam DealFilterParameters filter) {
        ConcentrationMeasure weighedBy = QueryParameters.choice("measure", measure, ConcentrationMeasure.class,
                ConcentrationMeasure.VALUE);
        MergerGuidelines rules = QueryParameters.choice("guidelines", guidelines, MergerGuidelines.class,
                MergerGuidelines.US_2023);
        ConcentrationReport report = analytics.concentration(new ConcentrationQuery(
                filter.toFilter(DealFilter.notCancelled(), customer), weighedBy, rules));
        return new ConcentrationResponse(lower(weighedBy), lower(rules),
                new ThresholdsJson(rules.moderateFrom(), rules.highAbove()), report.itemsCounted(),
                report.itemsWithoutFigure(), weighedBy == ConcentrationMeasure.VALUE
                ? "deals whose value is undisclosed (counted, not guessed)"
                : "commitments with neither gigawatts nor a chip count",
                report.atLowEnds().map(answer -> concentrationJson(answer, weighedBy)).orElse(null),
                report.atHighEnds().map(answer -> concentrationJson(answer, weighedBy)).orElse(null));
    }

    @Operation(operationId = "getExposure", summary = "Exposure of one customer",
            description = "The disclosed total a customer has committed (low and high ends), by provider, annualized, "
                    + "the share of its largest provider, and how many of its deals are undisclosed.")
    @GET
    @Path("/exposure")
    public ExposureResponse exposure(
            @Parameter(description = "The customer (any letter case)", required = true,
                    schema = @Schema(maxLength = Customer.MAX_LENGTH, example = "OpenAI"))
            @QueryParam("customer") String customer,
            @BeanParam DealFilterParameters filter) {
        CustomerExposure exposure = analytics.exposure(new ExposureQuery(DealFilterParameters.requiredCustomer(customer),
                filter.toFilter(DealFilter.notCancelled(), customer)));
        return new ExposureResponse(exposure.customer().name(), exposure.deals(), exposure.undisclosedDeals(),
                money(exposure.lowTotal()), money(exposure.highTotal()), exposure.annualizedDeals(),
                money(exposure.annualizedLowTotal()), money(exposure.annualizedHighTotal()),
                exposure.largestProvider().map(largest -> new LargestProviderJson(largest.providerId().value(),
                        largest.shareOfLowTotal(), largest.shareOfHighTotal())).orElse(null),
                exposure.byProvider().stream().map(AnalyticsResource::providerExposure).toList());
    }

    @Operation(operationId = "getCapacityTimeline", summary = "Capacity coming online",
            description = "Gigawatts online at the end of each month or quarter between from and to, by provider or by "
                    + "customer; each commitment ramps linearly from the term start to its full-capacity date. "
                    + "Gigawatts derived from chip counts are marked estimated.")
    @GET
    @Path("/capacity-timeline")
    public TimelineResponse capacityTimeline(
            @Parameter(description = "The first day of the timeline. " + LedgerCalendar.DESCRIPTION, required = true,
                    schema = @Schema(type = "string", format = "date", maxLength = LedgerCalendar.TEXT_LENGTH, example = "2025-10-01"))
            @QueryParam("from") String from,
            @Parameter(description = "The last day of the timeline. " + LedgerCalendar.DESCRIPTION, required = true,
                    schema = @Schema(type = "string", format = "date", maxLength = LedgerCalendar.TEXT_LENGTH, example = "2027-12-31"))
            @QueryParam("to") String to,
            @Parameter(description = "The length of a period",
                    schema = @Schema(allowableValues = {"month", "quarter"}, defaultValue = "quarter"))
            @QueryParam("granularity") String granularity,
            @Parameter(description = "What the capacity of a period is split by",
                    schema = @Schema(allowableValues = {"provider", "customer"}, defaultValue = "provider"))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = DealFilterParameters.CUSTOMER, schema = @Schema(maxLength = Customer.MAX_LENGTH))
            @QueryParam("customer") String customer,
            @BeanParam DealFilterParameters filterParameters) {
        LocalDate start = QueryParameters.date("from", from)
                .orElseThrow(() -> ProblemException.invalidParameter("from", "is required"));
        LocalDate end = QueryParameters.date("to", to)
                .orElseThrow(() -> ProblemException.invalidParameter("to", "is required"));
        TimelineGranularity period = QueryParameters.choice("granularity", granularity, TimelineGranularity.class,
                TimelineGranularity.QUARTER);
        TimelineGrouping grouping = QueryParameters.choice("groupBy", groupBy, TimelineGrouping.class,
                TimelineGrouping.PROVIDER);
        DealFilter filter = filterParameters.toFilter(DealFilter.notCancelled(), customer);
        CapacityTimelineReport report = QueryParameters.parsed("from",
                () -> analytics.capacityTimeline(new TimelineQuery(filter, start, end, period, grouping)));
        return new TimelineResponse(lower(period), lower(grouping), report.commitmentsLeftOut(),
                report.timeline().points().stream().map(point -> new TimelinePointJson(point.periodStart(),
                        point.periodEnd(), gigawatts(point.total()), point.groups().stream()
                        .map(group -> new GroupCapacityJson(group.group(), gigawatts(group.online()),
                                group.estimated())).toList())).toList());
    }

    @Operation(operationId = "getEquivalences", summary = "What an amount of power stands for",
            description = "US homes powered and build-out capex for a number of gigawatts, with the factors used.")
    @GET
    @Path("/equivalences")
    public EquivalencesResponse equivalences(
            @Parameter(description = "An amount of power in gigawatts, as a decimal", required = true,
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH, example = "1"))
            @QueryParam("gigawatts") String gigawatts,
            @Parameter(description = HOMES_PER_GIGAWATT,
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH))
            @QueryParam("homesPerGigawatt") String homesPerGigawatt,
            @Parameter(description = CAPEX_PER_GIGAWATT,
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH))
            @QueryParam("capexPerGigawatt") String capexPerGigawatt) {
        Gigawatts power = requiredGigawatts("gigawatts", gigawatts);
        PowerEquivalences factors = factors(homesPerGigawatt, capexPerGigawatt);
        return new EquivalencesResponse(gigawatts(power), factors.homes(power), money(factors.capex(power)),
                factorsJson(factors));
    }

    @Operation(operationId = "getBuildOutScenario", summary = "Build-out scenario",
            description = "Weeks and years to reach a target at a pace in gigawatts per week, its capex and the homes "
                    + "it powers; with a quoted capex, the capex per gigawatt it implies.")
    @GET
    @Path("/build-out")
    public BuildOutResponse buildOut(
            @Parameter(description = "The capacity to build, in gigawatts", required = true,
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH, example = "30"))
            @QueryParam("targetGigawatts") String targetGigawatts,
            @Parameter(description = "The pace of the build-out, in gigawatts a week", required = true,
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH, example = "1"))
            @QueryParam("gigawattsPerWeek") String gigawattsPerWeek,
            @Parameter(description = HOMES_PER_GIGAWATT,
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH))
            @QueryParam("homesPerGigawatt") String homesPerGigawatt,
            @Parameter(description = CAPEX_PER_GIGAWATT,
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH))
            @QueryParam("capexPerGigawatt") String capexPerGigawatt,
            @Parameter(description = "A capex quoted for the whole target, in USD: the answer then says what it implies "
                    + "per gigawatt",
                    schema = @Schema(pattern = DECIMAL, maxLength = DECIMAL_LENGTH, example = "1400000000000"))
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

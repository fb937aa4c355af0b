package com.computeledger.adapters.web.money;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.computeledger.adapters.web.analytics.AnalyticsJson.MoneyJson;
import com.computeledger.adapters.web.deal.DealJson.SourceJson;
import com.computeledger.adapters.web.deal.DealJsonMapping;
import com.computeledger.adapters.web.money.MoneyAnalyticsJson.RunRateResponse;
import com.computeledger.adapters.web.platform.http.PathIds;
import com.computeledger.adapters.web.platform.json.RequestFields;
import com.computeledger.adapters.web.platform.openapi.ProblemDocs;
import com.computeledger.application.money.port.in.RevenueRunRateUseCases;
import com.computeledger.domain.deal.Source;
import com.computeledger.domain.deal.ValueConfidence;
import com.computeledger.domain.money.RevenueRunRate;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.LedgerCalendar;
import com.computeledger.domain.shared.Money;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Slug;
import com.computeledger.domain.shared.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/v1/organisations/{id}/revenue-run-rates}: what an organisation earns a year, dated and sourced. */
@Path("/api/v1/organisations/{id}/revenue-run-rates")
@Tag(name = "organisations")
@Produces(MediaType.APPLICATION_JSON)
public final class RevenueRunRateResource {

    private static final String ORGANISATION_ID = "The id of the organisation";

    private final RevenueRunRateUseCases runRates;

    public RevenueRunRateResource(RevenueRunRateUseCases runRates) {
        this.runRates = runRates;
    }

    @Operation(operationId = "listRevenueRunRates", summary = "List the revenue run rates of an organisation",
            description = "Every run rate recorded for the organisation, newest first; the first is the one commitment "
                    + "coverage uses.")
    @ApiResponse(responseCode = "200", description = "The run rates, newest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = RunRateResponse.class))))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    public List<RunRateResponse> list(
            @Parameter(description = ORGANISATION_ID, schema = @Schema(pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH))
            @PathParam("id") String id) {
        return runRates.list(PathIds.parse("organisation", id, OrganisationId::new)).stream()
                .map(RevenueRunRateResource::toResponse).toList();
    }

    @Operation(operationId = "recordRevenueRunRate", summary = "Record a revenue run rate",
            description = "Records what the organisation earns in a year at its current pace, as of a date, with its "
                    + "confidence and source; 409 when it already has one on that date.")
    @ApiResponse(responseCode = "201", description = "The recorded run rate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunRateResponse.class)))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = ProblemDocs.ID_TAKEN)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(
            @Parameter(description = ORGANISATION_ID, schema = @Schema(pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH))
            @PathParam("id") String id,
            RunRateRequest request) {
        OrganisationId organisation = PathIds.parse("organisation", id, OrganisationId::new);
        RevenueRunRate runRate = runRates.record(toDomain(organisation, Require.present(request, "body")));
        return Response.status(Response.Status.CREATED).entity(toResponse(runRate)).build();
    }

    /** A run rate as the API returns it. */
    public static RunRateResponse toResponse(RevenueRunRate runRate) {
        return new RunRateResponse(runRate.organisation().value(), MoneyAnalyticsResource.money(runRate.annualRevenue()),
                runRate.asOf(), runRate.confidence(), DealJsonMapping.sourcesJson(List.of(runRate.source())).get(0));
    }

    /** The run rate a representation describes (what a backup holds), without the write rules run again. */
    public static RevenueRunRate toDomain(RunRateResponse json) {
        MoneyJson revenue = Require.present(json.annualRevenue(), "annualRevenue");
        return new RevenueRunRate(new OrganisationId(Slug.require(json.organisationId(), "organisationId")),
                Money.of(RequestFields.decimal(Require.present(revenue.amount(), "annualRevenue.amount"),
                        "annualRevenue.amount"), Require.present(revenue.currency(), "annualRevenue.currency")),
                Require.present(json.asOf(), "asOf"), Require.present(json.confidence(), "confidence"),
                RequestFields.within("source", () -> DealJsonMapping.source(Require.present(json.source(), "source"))));
    }

    private static RevenueRunRate toDomain(OrganisationId organisation, RunRateRequest request) {
        Violations violations = new Violations();
        Money revenue = violations.attempt(() -> Money.stated(RequestFields.decimal(
                Require.present(request.annualRevenue(), "annualRevenue"), "annualRevenue"), "annualRevenue"));
        LocalDate asOf = violations.attempt(() -> Require.present(request.asOf(), "asOf"));
        ValueConfidence confidence = violations.attempt(() -> Require.present(request.confidence(), "confidence"));
        Source source = violations.attempt(() -> RequestFields.within("source",
                () -> DealJsonMapping.source(Require.present(request.source(), "source"))));
        violations.throwIfAny();
        return new RevenueRunRate(organisation, revenue, asOf, confidence, source);
    }

    /** A run rate to record: USD a year as a decimal string, the date it is as of, its confidence and source. */
    public record RunRateRequest(
            @Schema(requiredMode = REQUIRED, description = "USD a year, as a decimal string",
                    pattern = "^[0-9]{1,16}(\\.[0-9]{1,2})?$", maxLength = 19, example = "20000000000")
            String annualRevenue,
            @Schema(requiredMode = REQUIRED, description = "The day the run rate is as of. " + LedgerCalendar.DESCRIPTION,
                    maxLength = LedgerCalendar.TEXT_LENGTH) LocalDate asOf,
            @Schema(requiredMode = REQUIRED) ValueConfidence confidence,
            @Schema(requiredMode = REQUIRED) SourceJson source) {
    }
}

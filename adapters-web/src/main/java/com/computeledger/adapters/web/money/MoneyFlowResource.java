package com.computeledger.adapters.web.money;

import com.computeledger.adapters.web.deal.DealJson.HistoryEntryResponse;
import com.computeledger.adapters.web.deal.Versions;
import com.computeledger.adapters.web.money.MoneyFlowJson.MoneyFlowPageResponse;
import com.computeledger.adapters.web.money.MoneyFlowJson.MoneyFlowRequest;
import com.computeledger.adapters.web.money.MoneyFlowJson.MoneyFlowResponse;
import com.computeledger.adapters.web.platform.http.ConditionalGet;
import com.computeledger.adapters.web.platform.http.PathIds;
import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.adapters.web.platform.openapi.ProblemDocs;
import com.computeledger.adapters.web.platform.security.Caller;
import com.computeledger.application.money.port.in.MoneyFlowUseCases;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.ListMoneyFlowsQuery;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.MoneyFlowPage;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.RecordMoneyFlowCommand;
import com.computeledger.application.money.port.in.MoneyFlowUseCases.ReviseMoneyFlowCommand;
import com.computeledger.domain.money.MoneyFlow;
import com.computeledger.domain.money.MoneyFlowId;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.shared.Slug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/money-flows}: record, list, read and read the history of flows of money between organisations. */
@Path("/api/v1/money-flows")
@Tag(name = "money flows", description = "Compute and hardware purchases and equity investments between organisations")
@Produces(MediaType.APPLICATION_JSON)
public final class MoneyFlowResource {

    /** How many flows a page holds when the request does not say. */
    public static final int DEFAULT_LIMIT = 20;

    private static final String FLOW_ID = "The id of the money flow (a UUID)";

    private final MoneyFlowUseCases flows;

    public MoneyFlowResource(MoneyFlowUseCases flows) {
        this.flows = flows;
    }

    @Operation(operationId = "listMoneyFlows", summary = "List money flows",
            description = "One page of the recorded flows matching the filters, in the order they were recorded. "
                    + "Follow `next` (or the Link header) for the next page; it keeps the filters and limit. Deals are "
                    + "compute purchases too, listed under /deals.")
    @ApiResponse(responseCode = "200", description = "One page of money flows; when more follow, `next` and a Link "
            + "header rel=next give the complete link to the next page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoneyFlowPageResponse.class)))
    @GET
    public Response list(
            @Parameter(description = "Only flows this organisation pays or is paid",
                    schema = @Schema(pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH, example = "openai"))
            @QueryParam("organisation") String organisation,
            @BeanParam MoneyFlowFilterParameters filter,
            @Parameter(description = "How many flows a page holds at most", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "" + ListMoneyFlowsQuery.MAX_LIMIT,
                    defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts, as the next link of the previous page gives it",
                    schema = @Schema(format = "uuid", maxLength = 36))
            @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        Optional<OrganisationId> party = Optional.ofNullable(organisation).filter(text -> !text.isBlank())
                .map(text -> QueryParameters.parsed("organisation", () -> new OrganisationId(text.strip())));
        Optional<MoneyFlowId> after = Optional.ofNullable(cursor).filter(text -> !text.isBlank())
                .map(text -> QueryParameters.parsed("cursor", () -> MoneyFlowId.parse(text.strip())));
        int size = QueryParameters.integer("limit", limit, DEFAULT_LIMIT);
        MoneyFlowPage page = flows.list(QueryParameters.parsed("limit",
                () -> new ListMoneyFlowsQuery(filter.toFilter(party), after, size)));
        Optional<URI> next = page.next().map(id -> uriInfo.getRequestUriBuilder()
                .replaceQueryParam("cursor", id.toString()).build());
        Response.ResponseBuilder response = Response.ok(new MoneyFlowPageResponse(
                page.flows().stream().map(MoneyFlowJsonMapping::toResponse).toList(),
                next.map(URI::toString).orElse(null)));
        next.ifPresent(link -> response.links(Link.fromUri(link).rel("next").build()));
        return response.build();
    }

    @Operation(operationId = "recordMoneyFlow", summary = "Record a money flow",
            description = "Records a flow of money from one registered organisation to another and answers 201 with "
                    + "its Location and its version as ETag. An \"up to\" amount is a range; an undisclosed one is "
                    + "never guessed.")
    @ApiResponse(responseCode = "201", description = "The recorded flow, with Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoneyFlowResponse.class)))
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(MoneyFlowRequest request, @Context SecurityContext security, @Context UriInfo uriInfo) {
        MoneyFlow flow = flows.record(new RecordMoneyFlowCommand(MoneyFlowJsonMapping.toDetails(request),
                Caller.actorOf(security)));
        return Response.created(uriInfo.getBaseUriBuilder().path(MoneyFlowResource.class).path(flow.id().toString())
                .build()).entity(MoneyFlowJsonMapping.toResponse(flow)).tag(Versions.tagOf(flow.version())).build();
    }

    @Operation(operationId = "getMoneyFlow", summary = "Read a money flow",
            description = "The flow with its sources and derived annualized value; its version is the ETag. "
                    + "If-None-Match with the current ETag answers 304.")
    @ApiResponse(responseCode = "200", description = "The flow, with its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoneyFlowResponse.class)))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    @Path("/{id}")
    public Response get(
            @Parameter(description = FLOW_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id,
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        MoneyFlow flow = flows.get(PathIds.parse("money flow", id, MoneyFlowId::parse));
        return ConditionalGet.answer(Versions.tagOf(flow.version()), ifNoneMatch,
                () -> MoneyFlowJsonMapping.toResponse(flow)).build();
    }

    @Operation(operationId = "reviseMoneyFlow", summary = "Revise a money flow (replace it)",
            description = "Replaces the details of the flow with the body (the shape of a new flow), at the version "
                    + "named by If-Match; answers the flow with its new version as ETag, and its history gains the entry "
                    + "of what changed. A body that changes nothing writes nothing.")
    @ApiResponse(responseCode = "200", description = "The revised flow, with its new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoneyFlowResponse.class)))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "412", description = ProblemDocs.STALE_VERSION)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @ApiResponse(responseCode = "428", description = ProblemDocs.IF_MATCH_MISSING)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(
            @Parameter(description = FLOW_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the flow as you read it, such as \"1\"", required = true,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security,
            MoneyFlowRequest request) {
        MoneyFlowId flowId = PathIds.parse("money flow", id, MoneyFlowId::parse);
        long version = Versions.requiredVersion(ifMatch);
        MoneyFlow flow = flows.revise(new ReviseMoneyFlowCommand(flowId, version, MoneyFlowJsonMapping.toDetails(request),
                Caller.actorOf(security)));
        return Response.ok(MoneyFlowJsonMapping.toResponse(flow)).tag(Versions.tagOf(flow.version())).build();
    }

    @Operation(operationId = "getMoneyFlowHistory", summary = "Read the history of a money flow",
            description = "Every change of the flow, oldest first: version, kind, actor, time, and each field before "
                    + "and after.")
    @ApiResponse(responseCode = "200", description = "Every change of the flow, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = HistoryEntryResponse.class))))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    @Path("/{id}/history")
    public List<HistoryEntryResponse> history(
            @Parameter(description = FLOW_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id) {
        return flows.history(PathIds.parse("money flow", id, MoneyFlowId::parse)).stream()
                .map(MoneyFlowJsonMapping::toResponse).toList();
    }
}

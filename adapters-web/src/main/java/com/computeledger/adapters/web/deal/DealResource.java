package com.computeledger.adapters.web.deal;

import com.computeledger.adapters.web.deal.DealJson.DealPageResponse;
import com.computeledger.adapters.web.deal.DealJson.DealRequest;
import com.computeledger.adapters.web.deal.DealJson.DealResponse;
import com.computeledger.adapters.web.deal.DealJson.HistoryEntryResponse;
import com.computeledger.adapters.web.deal.DealJson.StatusChangeRequest;
import com.computeledger.adapters.web.platform.http.ConditionalGet;
import com.computeledger.adapters.web.platform.http.PathIds;
import com.computeledger.adapters.web.platform.json.MergePatch;
import com.computeledger.adapters.web.platform.http.QueryParameters;
import com.computeledger.adapters.web.platform.openapi.ProblemDocs;
import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.adapters.web.platform.security.Caller;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.application.deal.port.in.DealUseCases.ChangeDealStatusCommand;
import com.computeledger.application.deal.port.in.DealUseCases.ListDealsQuery;
import com.computeledger.application.deal.port.in.DealUseCases.RecordDealCommand;
import com.computeledger.application.deal.port.in.DealUseCases.RecordedDeal;
import com.computeledger.application.deal.port.in.DealUseCases.ReviseDealCommand;
import com.computeledger.application.deal.port.in.DealUseCases;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.reference.UnknownAcceleratorException;
import com.computeledger.domain.shared.Require;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code /api/v1/deals}: list, record, read, revise (whole or by merge patch), move along the lifecycle, and read the history of deals. */
@Path("/api/v1/deals")
@Tag(name = "deals", description = "The deal ledger")
@Produces(MediaType.APPLICATION_JSON)
public final class DealResource {

    /** The request header that makes a create idempotent. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** The response header that marks the answer to a retried create. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final String DEAL_ID = "The id of the deal (a UUID)";
    private static final String IF_MATCH = "The ETag of the deal as you read it, such as \"1\"";

    private final DealUseCases deals;
    private final ObjectMapper mapper;

    /** The resource over {@code deals}; {@code mapper} is the API's own, which merge patches are applied with. */
    public DealResource(DealUseCases deals, ObjectMapper mapper) {
        this.deals = deals;
        this.mapper = mapper;
    }

    @Operation(operationId = "listDeals", summary = "List deals",
            description = "One page of deals matching the filters, in the chosen order (newest announcement first by "
                    + "default). Follow `next` (or the Link header) for the next page; it keeps the filters, sort "
                    + "and limit.")
    @ApiResponse(responseCode = "200", description = "One page of deals; when more follow, `next` and a Link header "
            + "rel=next give the complete link to the next page (same filters, sort and limit)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealPageResponse.class)))
    @GET
    public Response list(@BeanParam DealListParameters parameters, @Context UriInfo uriInfo) {
        ListDealsQuery query = parameters.toQuery();
        DealPage page = deals.list(query);
        Optional<URI> next = page.next().map(cursor -> uriInfo.getRequestUriBuilder()
                .replaceQueryParam("cursor", CursorCodec.encode(cursor, query.filter())).build());
        Response.ResponseBuilder response = Response.ok(new DealPageResponse(
                page.deals().stream().map(DealJsonMapping::toResponse).toList(), next.map(URI::toString).orElse(null)));
        next.ifPresent(link -> response.links(Link.fromUri(link).rel("next").build()));
        return response.build();
    }

    /**
     * Records a deal. With an {@code Idempotency-Key}, a retry of the same request answers like the first
     * (same deal, same Location, header {@code Idempotent-Replayed: true}) and records nothing.
     */
    @Operation(operationId = "recordDeal", summary = "Record a deal",
            description = "Records a new compute deal and answers 201 with its Location and its version as ETag. With "
                    + "an Idempotency-Key, a retried request answers like the first and records nothing.")
    @ApiResponse(responseCode = "201", description = "The recorded deal (or, for a replayed Idempotency-Key, the first one), with Location and ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealResponse.class)))
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(
            DealRequest request,
            @Context SecurityContext security,
            @Parameter(description = "Makes the create safe to retry: a retry with the same key and body answers like the first and records nothing",
                    schema = @Schema(maxLength = 200))
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context UriInfo uriInfo) {
        Optional<IdempotencyKey> key = Optional.ofNullable(idempotencyKey)
                .map(text -> QueryParameters.parsed(IDEMPOTENCY_KEY, () -> new IdempotencyKey(text)));
        RecordDealCommand command = new RecordDealCommand(DealJsonMapping.toDetails(request), Caller.actorOf(security),
                key);
        RecordedDeal recorded = locatingUnknownAccelerators(request, () -> deals.record(command));
        Deal deal = recorded.deal();
        return current(deal).status(Response.Status.CREATED).header(REPLAYED, recorded.replayed() ? "true" : null)
                .location(uriInfo.getBaseUriBuilder().path(DealResource.class).path(deal.id().toString()).build())
                .build();
    }

    @Operation(operationId = "getDeal", summary = "Read a deal",
            description = "The deal with its commitments, sources and derived values (term end, annualized value); its "
                    + "version is the ETag. If-None-Match with the current ETag answers 304.")
    @ApiResponse(responseCode = "200", description = "The deal, with its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealResponse.class)))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    @Path("/{id}")
    public Response get(
            @Parameter(description = DEAL_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id,
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Deal deal = deals.get(PathIds.parse("deal", id, DealId::parse));
        return ConditionalGet.answer(Versions.tagOf(deal.version()), ifNoneMatch, () -> DealJsonMapping.toResponse(deal))
                .build();
    }

    @Operation(operationId = "reviseDeal", summary = "Revise a deal (replace it)",
            description = "Replaces the details of the deal with the body, at the version named by If-Match. The body a"
                    + " GET returned may be sent back as it is: its read-only fields are ignored. A body that "
                    + "changes nothing writes nothing.")
    @ApiResponse(responseCode = "200", description = "The revised deal, with its new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealResponse.class)))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = ProblemDocs.DEAL_CONFLICT)
    @ApiResponse(responseCode = "412", description = ProblemDocs.STALE_VERSION)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @ApiResponse(responseCode = "428", description = ProblemDocs.IF_MATCH_MISSING)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(
            @Parameter(description = DEAL_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id,
            @Parameter(description = IF_MATCH, required = true, schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security,
            DealRequest request) {
        return revised(PathIds.parse("deal", id, DealId::parse), Versions.requiredVersion(ifMatch), request, security);
    }

    /**
     * Changes only the fields a JSON merge patch (RFC 7396) names, on the deal as GET returns it: {@code {"customer":
     * "OpenAI Group"}} renames the buyer and keeps the rest; {@code null} removes an optional field. Read-only
     * fields in the patch are ignored, as in a PUT.
     */
    @Operation(operationId = "patchDeal", summary = "Change some fields of a deal (merge patch)",
            description = "Applies a JSON merge patch (RFC 7396, application/merge-patch+json) to the deal as GET "
                    + "returns it, at the version named by If-Match: only the fields the patch names change; null "
                    + "removes an optional field.")
    @ApiResponse(responseCode = "200", description = "The patched deal, with its new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealResponse.class)))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = ProblemDocs.DEAL_CONFLICT)
    @ApiResponse(responseCode = "412", description = ProblemDocs.STALE_VERSION)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @ApiResponse(responseCode = "428", description = ProblemDocs.IF_MATCH_MISSING)
    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(
            @Parameter(description = DEAL_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id,
            @Parameter(description = IF_MATCH, required = true, schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security,
            @RequestBody(description = "The fields to change, as in the deal a GET returns; null removes an optional one",
                    required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(type = "object", example = "{\"valueConfidence\": \"CONFIRMED\"}")))
            Map<String, Object> patch) throws IOException {
        DealId dealId = PathIds.parse("deal", id, DealId::parse);
        long version = Versions.requiredVersion(ifMatch);
        JsonNode stored = mapper.valueToTree(DealJsonMapping.toResponse(deals.get(dealId)));
        JsonNode changes = mapper.valueToTree(Require.present(patch, "body"));
        DealRequest request = mapper.treeToValue(MergePatch.apply(stored, changes), DealRequest.class);
        return revised(dealId, version, request, security);
    }

    @Operation(operationId = "changeDealStatus", summary = "Move a deal along its lifecycle",
            description = "ANNOUNCED to ACTIVE to COMPLETED; an open deal may be CANCELLED. Needs If-Match; a move the "
                    + "lifecycle forbids is a 409.")
    @ApiResponse(responseCode = "200", description = "The deal in its new status, with its new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DealResponse.class)))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", description = ProblemDocs.DEAL_CONFLICT)
    @ApiResponse(responseCode = "412", description = ProblemDocs.STALE_VERSION)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @ApiResponse(responseCode = "428", description = ProblemDocs.IF_MATCH_MISSING)
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStatus(
            @Parameter(description = DEAL_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id,
            @Parameter(description = IF_MATCH, required = true, schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security,
            StatusChangeRequest request) {
        return current(deals.changeStatus(new ChangeDealStatusCommand(PathIds.parse("deal", id, DealId::parse),
                Versions.requiredVersion(ifMatch), Require.present(Require.present(request, "body").status(), "status"),
                Caller.actorOf(security)))).build();
    }

    @Operation(operationId = "getDealHistory", summary = "Read the history of a deal",
            description = "Every change of the deal, oldest first: version, kind, actor, time, and each field before "
                    + "and after.")
    @ApiResponse(responseCode = "200", description = "Every change of the deal, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = HistoryEntryResponse.class))))
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    @Path("/{id}/history")
    public List<HistoryEntryResponse> history(
            @Parameter(description = DEAL_ID, schema = @Schema(format = "uuid", maxLength = 36))
            @PathParam("id") String id) {
        return deals.history(PathIds.parse("deal", id, DealId::parse)).stream().map(DealJsonMapping::toResponse).toList();
    }

    /** Revises deal {@code id} at {@code version} to the details of {@code request} (a PUT, or a patched deal). */
    private Response revised(DealId id, long version, DealRequest request, SecurityContext security) {
        ReviseDealCommand command = new ReviseDealCommand(id, version, DealJsonMapping.toDetails(request),
                Caller.actorOf(security));
        return current(locatingUnknownAccelerators(request, () -> deals.revise(command))).build();
    }

    /** Runs a use case on the details of {@code request}, naming an unknown accelerator by its place in the request. */
    private static <T> T locatingUnknownAccelerators(DealRequest request, Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (UnknownAcceleratorException unknown) {
            throw ProblemException.unknownReference(DealJsonMapping.acceleratorPath(request, unknown.acceleratorId()),
                    unknown.getMessage());
        }
    }

    /** 200 with the deal and its version as ETag (the builder, for a create to make it 201). */
    private static Response.ResponseBuilder current(Deal deal) {
        return Response.ok(DealJsonMapping.toResponse(deal)).tag(Versions.tagOf(deal.version()));
    }
}

package com.computeledger.adapters.web.reference;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.computeledger.adapters.web.platform.http.ConditionalGet;
import com.computeledger.adapters.web.platform.http.PathIds;
import com.computeledger.adapters.web.platform.openapi.ProblemDocs;
import com.computeledger.adapters.web.platform.security.RequiresRole;
import com.computeledger.application.reference.port.in.ProviderUseCases;
import com.computeledger.domain.access.Role;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Slug;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/providers}: register, list and read the sellers of compute. */
@Path("/api/v1/providers")
@Tag(name = "providers", description = "Sellers of compute")
@Produces(MediaType.APPLICATION_JSON)
public final class ProviderResource {

    private final ProviderUseCases providers;

    public ProviderResource(ProviderUseCases providers) {
        this.providers = providers;
    }

    @Operation(operationId = "listProviders", summary = "List providers",
            description = "Every seller of compute the ledger knows, with an ETag derived from the list (If-None-Match "
                    + "answers 304).")
    @ApiResponse(responseCode = "200", description = "Every provider, with an ETag derived from the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = ProviderJson.class))))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @GET
    public Response list(
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        List<ProviderJson> all = providers.list().stream().map(ProviderJson::of).toList();
        return ConditionalGet.byContent(all, ifNoneMatch);
    }

    /** One provider, with an ETag derived from its content (providers have no version). */
    @Operation(operationId = "getProvider", summary = "Read a provider",
            description = "One provider, with an ETag derived from its content (If-None-Match answers 304).")
    @ApiResponse(responseCode = "200", description = "The provider, with an ETag derived from its content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderJson.class)))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    @Path("/{id}")
    public Response get(
            @Parameter(description = "The id of the provider",
                    schema = @Schema(pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH))
            @PathParam("id") String id,
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        ProviderJson provider = ProviderJson.of(providers.get(PathIds.parse("provider", id, ProviderId::new)));
        return ConditionalGet.byContent(provider, ifNoneMatch);
    }

    @Operation(operationId = "registerProvider", summary = "Register a provider",
            description = "Adds a seller of compute (needs an admin key), naming the organisation that owns it if it "
                    + "is registered; 409 when the id is taken, 422 when the owner is not registered.")
    @ApiResponse(responseCode = "201", description = "The registered entry, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderJson.class)))
    @ApiResponse(responseCode = "409", description = ProblemDocs.ID_TAKEN)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @POST
    @RequiresRole(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(ProviderJson request, @Context UriInfo uriInfo) {
        Provider provider = providers.register(Require.present(request, "body").toDomain());
        return Response.created(uriInfo.getBaseUriBuilder().path(ProviderResource.class).path(provider.id().value())
                .build()).entity(ProviderJson.of(provider)).build();
    }

    /** A provider as JSON, the same shape in requests and responses; the owner is left out when not recorded. */
    public record ProviderJson(
            @Schema(requiredMode = REQUIRED, pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH, example = "coreweave")
            String id,
            @Schema(requiredMode = REQUIRED, maxLength = Provider.MAX_NAME_LENGTH, example = "CoreWeave") String name,
            @Schema(requiredMode = REQUIRED) ProviderKind kind,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The id of the registered organisation that owns the provider (AWS is Amazon's)",
                    pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH, example = "coreweave")
            String owner) {

        public static ProviderJson of(Provider provider) {
            return new ProviderJson(provider.id().value(), provider.name(), provider.kind(),
                    provider.owner().map(OrganisationId::value).orElse(null));
        }

        public Provider toDomain() {
            return new Provider(new ProviderId(id), name, kind,
                    Optional.ofNullable(owner).map(text -> new OrganisationId(Slug.require(text, "owner"))));
        }
    }
}

package com.computeledger.adapters.web.reference;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.computeledger.adapters.web.platform.http.ConditionalGet;
import com.computeledger.adapters.web.platform.http.PathIds;
import com.computeledger.adapters.web.platform.openapi.ProblemDocs;
import com.computeledger.adapters.web.platform.security.RequiresRole;
import com.computeledger.application.reference.port.in.OrganisationUseCases;
import com.computeledger.domain.access.Role;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.OrganisationRole;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Slug;
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
import java.util.Set;

/** {@code /api/v1/organisations}: register, list and read the firms money flows between, each across its roles. */
@Path("/api/v1/organisations")
@Tag(name = "organisations", description = "Firms across their roles: investor, customer, provider, chip vendor")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganisationResource {

    private final OrganisationUseCases organisations;

    public OrganisationResource(OrganisationUseCases organisations) {
        this.organisations = organisations;
    }

    @Operation(operationId = "listOrganisations", summary = "List organisations",
            description = "Every organisation the ledger knows, ordered by id, with an ETag derived from the list "
                    + "(If-None-Match answers 304).")
    @ApiResponse(responseCode = "200", description = "Every organisation, with an ETag derived from the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = OrganisationJson.class))))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @GET
    public Response list(
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        List<OrganisationJson> all = organisations.list().stream().map(OrganisationJson::of).toList();
        return ConditionalGet.byContent(all, ifNoneMatch);
    }

    @Operation(operationId = "getOrganisation", summary = "Read an organisation",
            description = "One organisation and its roles, with an ETag derived from its content (If-None-Match "
                    + "answers 304).")
    @ApiResponse(responseCode = "200", description = "The organisation, with an ETag derived from its content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationJson.class)))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    @Path("/{id}")
    public Response get(
            @Parameter(description = "The id of the organisation",
                    schema = @Schema(pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH))
            @PathParam("id") String id,
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        OrganisationJson organisation = OrganisationJson.of(organisations.get(
                PathIds.parse("organisation", id, OrganisationId::new)));
        return ConditionalGet.byContent(organisation, ifNoneMatch);
    }

    @Operation(operationId = "registerOrganisation", summary = "Register an organisation",
            description = "Adds a firm with its roles (needs an admin key); 409 when the id is taken.")
    @ApiResponse(responseCode = "201", description = "The registered organisation, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationJson.class)))
    @ApiResponse(responseCode = "409", description = ProblemDocs.ID_TAKEN)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @POST
    @RequiresRole(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(OrganisationJson request, @Context UriInfo uriInfo) {
        Organisation organisation = organisations.register(Require.present(request, "body").toDomain());
        return Response.created(uriInfo.getBaseUriBuilder().path(OrganisationResource.class)
                .path(organisation.id().value()).build()).entity(OrganisationJson.of(organisation)).build();
    }

    /** An organisation as JSON, the same shape in requests and responses; roles in their natural order. */
    public record OrganisationJson(
            @Schema(requiredMode = REQUIRED, pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH, example = "amazon")
            String id,
            @Schema(requiredMode = REQUIRED, maxLength = Organisation.MAX_NAME_LENGTH, example = "Amazon") String name,
            @ArraySchema(minItems = 1, maxItems = 4,
                    arraySchema = @Schema(requiredMode = REQUIRED, description = "Every part the firm plays"),
                    schema = @Schema(implementation = OrganisationRole.class))
            List<OrganisationRole> roles) {

        public static OrganisationJson of(Organisation organisation) {
            return new OrganisationJson(organisation.id().value(), organisation.name(),
                    organisation.roles().stream().sorted().toList());
        }

        public Organisation toDomain() {
            return new Organisation(new OrganisationId(id), name,
                    Set.copyOf(Require.noNulls(Require.present(roles, "roles"), "roles")));
        }
    }
}

package com.computeledger.adapters.web.reference;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.computeledger.adapters.web.platform.http.ConditionalGet;
import com.computeledger.adapters.web.platform.http.PathIds;
import com.computeledger.adapters.web.platform.json.RequestFields;
import com.computeledger.adapters.web.platform.openapi.ProblemDocs;
import com.computeledger.adapters.web.platform.security.RequiresRole;
import com.computeledger.application.reference.port.in.AcceleratorUseCases;
import com.computeledger.domain.access.Role;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
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

/** {@code /api/v1/accelerators}: the compute catalog — register, list and read accelerator models. */
@Path("/api/v1/accelerators")
@Tag(name = "accelerators", description = "The compute catalog")
@Produces(MediaType.APPLICATION_JSON)
public final class AcceleratorResource {

    private final AcceleratorUseCases accelerators;

    public AcceleratorResource(AcceleratorUseCases accelerators) {
        this.accelerators = accelerators;
    }

    @Operation(operationId = "listAccelerators", summary = "List accelerators",
            description = "The compute catalog: every accelerator with its vendor, model and all-in power per unit, "
                    + "with an ETag derived from the catalog (If-None-Match answers 304).")
    @ApiResponse(responseCode = "200", description = "The whole catalog, with an ETag derived from it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = AcceleratorJson.class))))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @GET
    public Response list(
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        List<AcceleratorJson> all = accelerators.list().stream().map(AcceleratorJson::of).toList();
        return ConditionalGet.byContent(all, ifNoneMatch);
    }

    @Operation(operationId = "getAccelerator", summary = "Read an accelerator",
            description = "One catalog entry, with an ETag derived from its content (If-None-Match answers 304).")
    @ApiResponse(responseCode = "200", description = "The catalog entry, with an ETag derived from its content",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceleratorJson.class)))
    @ApiResponse(responseCode = "304", description = ProblemDocs.NOT_MODIFIED)
    @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
    @GET
    @Path("/{id}")
    public Response get(
            @Parameter(description = "The id of the accelerator",
                    schema = @Schema(pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH))
            @PathParam("id") String id,
            @Parameter(description = ConditionalGet.IF_NONE_MATCH_DESCRIPTION,
                    schema = @Schema(maxLength = ConditionalGet.TAG_LENGTH))
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        AcceleratorJson accelerator = AcceleratorJson.of(accelerators.get(PathIds.parse("accelerator", id,
                AcceleratorId::new)));
        return ConditionalGet.byContent(accelerator, ifNoneMatch);
    }

    @Operation(operationId = "registerAccelerator", summary = "Register an accelerator",
            description = "Adds an accelerator to the catalog (needs an admin key); 409 when the id is taken.")
    @ApiResponse(responseCode = "201", description = "The registered entry, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceleratorJson.class)))
    @ApiResponse(responseCode = "409", description = ProblemDocs.ID_TAKEN)
    @ApiResponse(responseCode = "415", description = ProblemDocs.NOT_JSON)
    @ApiResponse(responseCode = "422", description = ProblemDocs.INVALID_BODY)
    @POST
    @RequiresRole(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(AcceleratorJson request, @Context UriInfo uriInfo) {
        Accelerator accelerator = accelerators.register(Require.present(request, "body").toDomain());
        return Response.created(uriInfo.getBaseUriBuilder().path(AcceleratorResource.class)
                .path(accelerator.id().value()).build()).entity(AcceleratorJson.of(accelerator)).build();
    }

    /** A catalog entry as JSON; the all-in power per unit is a decimal string in kW. */
    public record AcceleratorJson(
            @Schema(requiredMode = REQUIRED, pattern = Slug.PATTERN, maxLength = Slug.MAX_LENGTH, example = "amd-mi450")
            String id,
            @Schema(requiredMode = REQUIRED, maxLength = Accelerator.MAX_TEXT_LENGTH, example = "AMD") String vendor,
            @Schema(requiredMode = REQUIRED, maxLength = Accelerator.MAX_TEXT_LENGTH, example = "MI450") String model,
            @Schema(requiredMode = REQUIRED, description = "All-in power per unit in kW, as a decimal string",
                    pattern = "^[0-9]{1,4}(\\.[0-9]{1,6})?$", maxLength = 11, example = "2.5")
            String allInKilowattsPerUnit) {

        public static AcceleratorJson of(Accelerator accelerator) {
            return new AcceleratorJson(accelerator.id().value(), accelerator.vendor(), accelerator.model(),
                    accelerator.allInKilowattsPerUnit().toPlainString());
        }

        public Accelerator toDomain() {
            return new Accelerator(new AcceleratorId(id), vendor, model,
                    RequestFields.decimal(allInKilowattsPerUnit, "allInKilowattsPerUnit"));
        }
    }
}

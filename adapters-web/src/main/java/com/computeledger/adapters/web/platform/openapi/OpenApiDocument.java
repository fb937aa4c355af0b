package com.computeledger.adapters.web.platform.openapi;

import io.swagger.v3.jaxrs2.integration.resources.BaseOpenApiResource;
import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.Set;

/**
 * The OpenAPI 3 document of the API, generated from the resources when first asked for and served at
 * {@code /openapi.json} and {@code /openapi.yaml}; {@link ProblemResponses} adds the error responses.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** The Jersey resource that serves the document. */
    public static BaseOpenApiResource resource() {
        return new OpenApiResource().openApiConfiguration(configuration());
    }

    private static SwaggerConfiguration configuration() {
        return new SwaggerConfiguration()
                .openAPI(new OpenAPI().info(new Info()
                        .title("Compute Ledger API")
                        .version("1")
                        .description("A ledger of AI compute deals and analyses of that market. Money is a decimal "
                                + "string with a currency; every error is an RFC 9457 problem (application/problem+json).")))
                .resourcePackages(Set.of("com.computeledger.adapters.web"))
                .filterClass(ProblemResponses.class.getName())
                .prettyPrint(true)
                .sortOutput(true);
    }
}

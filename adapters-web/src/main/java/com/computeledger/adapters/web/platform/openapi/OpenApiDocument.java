package com.computeledger.adapters.web.platform.openapi;

import io.swagger.v3.core.filter.SpecFilter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.integration.JaxrsOpenApiContextBuilder;
import io.swagger.v3.jaxrs2.integration.resources.BaseOpenApiResource;
import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.OpenApiConfigurationException;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
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

    /**
     * The document as {@code /openapi.json} serves it, built without a server (the {@code openapi} command writes it,
     * and the build generates its test client from it).
     */
    public static String json() throws OpenApiConfigurationException {
        OpenAPI read = new JaxrsOpenApiContextBuilder<>().openApiConfiguration(configuration()).buildContext(true)
                .read();
        OpenAPI filtered = new SpecFilter().filter(read, new ProblemResponses(), Map.of(), Map.of(), Map.of());
        return Json.pretty(filtered);
    }

    private static SwaggerConfiguration configuration() {
        return new SwaggerConfiguration()
                .openAPI(new OpenAPI().info(new Info()
                        .title("Compute Ledger API")
                        .version("1")
                        .contact(new Contact().name("Compute Ledger maintainers"))
                        .description("A ledger of AI compute deals and analyses of that market. Money is a decimal "
                                + "string with a currency; every error is an RFC 9457 problem (application/problem+json)."))
                        // Relative: the document is served by the API it describes, on whatever host and port that is.
                        .servers(List.of(new Server().url("/")
                                .description("Production: this service, on whatever host and port it is reached at")
                                .extensions(Map.of("x-internal", false)))))
                .resourcePackages(Set.of("com.computeledger.adapters.web"))
                .filterClass(ProblemResponses.class.getName())
                .prettyPrint(true)
                .sortOutput(true);
    }
}

package com.computeledger.adapters.web.platform.openapi;

import com.computeledger.adapters.web.platform.problem.Problem;
import com.computeledger.adapters.web.platform.problem.ProblemType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adds the {@code Problem} schema and the bearer API-key scheme, gives every error response an operation
 * declares ({@code @ApiResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)}) the problem body,
 * and adds the responses every operation can give: 400, 429, 500 and 503; 401 and 403 on every write (the
 * access rule of ADR 0011), 401 on the API's reads; 414 with query parameters. A typed result becomes the 200
 * response. Query parameters documented with an integer format get the integer type. The catalogue of types is in docs/api.md and in ProblemType.
 */
public final class ProblemResponses extends AbstractSpecFilter {

    private static final String PROBLEM = "Problem";
    private static final String API_KEY = "apiKey";

    /** Called for every request of the document, on the same model: each change must be idempotent. */
    @Override
    public Optional<OpenAPI> filterOpenAPI(OpenAPI openApi, Map<String, List<String>> params,
                                           Map<String, String> cookies, Map<String, List<String>> headers) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        ModelConverters.getInstance().readAll(new AnnotatedType(Problem.class)).forEach(components::addSchemas);
        Schema<?> type = (Schema<?>) components.getSchemas().get(PROBLEM).getProperties().get("type");
        type.description("A stable problem type, one of: " + Arrays.stream(ProblemType.values())
                .map(problem -> problem.uri() + " (" + problem.status() + ", " + problem.title() + ")")
                .collect(Collectors.joining("; ")));
        components.addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API key (cl_...), created with the api-key command. Writes need one with the role "
                        + "editor, or admin for providers and accelerators; reads need none unless the deployment "
                        + "sets access.readsRequireKey, then a reader key."));
        openApi.setComponents(components);
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            addProblems(path, method, operation);
            typeIntegerParameters(operation);
        }));
        return Optional.of(openApi);
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponse typedResult = operation.getResponses().remove("default");
        if (typedResult != null && operation.getResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            operation.getResponses().addApiResponse("200", typedResult.description("OK"));
        }
        add(operation, "400", "Malformed request, or an invalid parameter or header");
        add(operation, "429", "Too many requests from this client or API key; see Retry-After");
        add(operation, "500", "Unexpected failure (the body says nothing more)");
        add(operation, "503", "The database cannot be reached, or the service is stopping; nothing was stored; "
                + "retry after the Retry-After seconds");
        if (method != PathItem.HttpMethod.GET) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(API_KEY)));
            add(operation, "401", "No API key, or an unknown or revoked one");
            add(operation, "403", "The API key's role does not allow this");
        } else if (path.startsWith("/api/")) {
            // Public by default; a deployment with access.readsRequireKey asks for a reader key.
            operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(API_KEY)));
            add(operation, "401", "Only where reads require a key (access.readsRequireKey): no key, or an unknown "
                    + "or revoked one");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
            add(operation, "414", "The request URI (its query) is too long");
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.compareTo("400") >= 0 && response.getContent() == null) {
                response.content(problemContent());
            }
        });
    }

    /**
     * A query parameter read as text (so that a bad value is this API's 400 problem, not Jersey's 404) but documented
     * with an integer format is an integer: swagger-core keeps the Java type whatever {@code @Schema(type)} says
     * (swagger-core issue 4763).
     */
    private static void typeIntegerParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> parameter.getSchema() != null && "string".equals(parameter.getSchema().getType())
                        && ("int32".equals(parameter.getSchema().getFormat())
                        || "int64".equals(parameter.getSchema().getFormat())))
                .forEach(parameter -> {
                    Schema<?> text = parameter.getSchema();
                    IntegerSchema integer = new IntegerSchema();
                    integer.format(text.getFormat()).minimum(text.getMinimum()).maximum(text.getMaximum())
                            .description(text.getDescription());
                    if (text.getDefault() != null) {
                        integer.setDefault(Integer.valueOf(text.getDefault().toString()));
                    }
                    parameter.setSchema(integer);
                });
    }

    private static void add(Operation operation, String status, String description) {
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return new Content().addMediaType(Problem.MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }
}

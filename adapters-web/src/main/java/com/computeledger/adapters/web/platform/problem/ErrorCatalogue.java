package com.computeledger.adapters.web.platform.problem;

import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.error.StorageUnavailableException;
import com.computeledger.application.deal.IdempotencyKeyReusedException;
import com.computeledger.domain.reference.UnknownAcceleratorException;
import com.computeledger.domain.deal.DealClosedException;
import com.computeledger.domain.deal.IllegalStatusTransitionException;
import com.computeledger.domain.reference.UnknownProviderException;
import com.computeledger.domain.shared.InvariantViolationException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns every failure into a {@link Problem}: domain and application errors, the web adapter's own
 * request errors, Jackson's parse errors and Jersey's HTTP errors. Anything not listed is a 500 whose
 * body says nothing about the cause (docs/adr/0005).
 *
 * <p>Validation happens in three tiers, and each tier's failures have their own entries:
 * <ol>
 *   <li>request syntax, in the web DTOs and Jackson: not JSON, a wrong type, an unknown field (400), a
 *       missing required field or a broken bean-validation constraint (422);</li>
 *   <li>invariants and write rules, in the value objects and {@code DealDetails.checkWriteRules}:
 *       {@link InvariantViolationException} (422, naming every broken field by its
 *       JSON path where the mapping knows it, as {@code commitments[0].fullCapacityBy});</li>
 *   <li>business rules, in aggregates and services: stale version (412), illegal status move or closed deal
 *       (409), unknown provider or accelerator (422; the deal resource locates an unknown accelerator as
 *       {@code commitments[1].acceleratorId}).</li>
 * </ol>
 */
public final class ErrorCatalogue {

    /** The detail of every 500: nothing about the cause, which only the server log shows. */
    private static final String UNEXPECTED = "an unexpected error occurred; it has been logged";

    /** How Dropwizard prefixes the name of an annotated resource parameter in a bean-validation path. */
    private static final Pattern PARAMETER_SOURCE =
            Pattern.compile("^(query param|path param|header|cookie|form field|matrix param) ");

    private ErrorCatalogue() {
    }

    public static Problem problemFor(Throwable failure, String instance) {
        if (failure instanceof ProblemException problem) {
            return problem(problem.type(), problem.getMessage(), instance, problem.errors());
        }
        if (failure instanceof InvariantViolationException invalid) {
            return problem(ProblemType.INVALID_FIELD, invalid.getMessage(), instance, invalid.violations().stream()
                    .map(violation -> new Problem.FieldError(violation.field(), violation.reason())).toList());
        }
        if (failure instanceof UnknownProviderException unknown) {
            return field(ProblemType.UNKNOWN_REFERENCE, "providerId", unknown.getMessage(), instance);
        }
        if (failure instanceof UnknownAcceleratorException unknown) {
            return field(ProblemType.UNKNOWN_REFERENCE, "commitments.acceleratorId", unknown.getMessage(), instance);
        }
        if (failure instanceof IdempotencyKeyReusedException) {
            return field(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key", failure.getMessage(), instance);
        }
        if (failure instanceof NotFoundException) {
            return problem(ProblemType.NOT_FOUND, failure.getMessage(), instance, List.of());
        }
        if (failure instanceof AlreadyExistsException) {
            return problem(ProblemType.CONFLICT, failure.getMessage(), instance, List.of());
        }
        if (failure instanceof StaleVersionException) {
            return problem(ProblemType.STALE_VERSION, failure.getMessage(), instance, List.of());
        }
        if (failure instanceof IllegalStatusTransitionException) {
            return problem(ProblemType.ILLEGAL_STATUS_TRANSITION, failure.getMessage(), instance, List.of());
        }
        if (failure instanceof DealClosedException) {
            return problem(ProblemType.DEAL_CLOSED, failure.getMessage(), instance, List.of());
        }
        if (failure instanceof StorageUnavailableException) {
            return problem(ProblemType.SERVICE_UNAVAILABLE, failure.getMessage(), instance, List.of());
        }
        if (failure instanceof JsonProcessingException json) {
            return jsonProblem(json, instance);
        }
        if (failure instanceof ConstraintViolationException violations) {
            return beanValidationProblem(violations, instance);
        }
        if (failure instanceof WebApplicationException web) {
            return forHttpStatus(web.getResponse().getStatus(), instance);
        }
        return problem(ProblemType.INTERNAL_ERROR, UNEXPECTED, instance, List.of());
    }

    private static Problem jsonProblem(JsonProcessingException json, String instance) {
        if (json instanceof JsonMappingException mapping && mapping.getCause() instanceof InvariantViolationException invalid) {
            return field(ProblemType.INVALID_FIELD, invalid.field(), invalid.reason(), instance);
        }
        if (json instanceof StreamConstraintsException || json.getCause() instanceof StreamConstraintsException) {
            return problem(ProblemType.MALFORMED_REQUEST, "the body exceeds a size limit of the JSON parser",
                    instance, List.of());
        }
        if (json instanceof JsonParseException) {
            return problem(ProblemType.MALFORMED_REQUEST, "the body is not valid JSON", instance, List.of());
        }
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return field(ProblemType.MALFORMED_REQUEST, path(mapping), expectation(mapping), instance);
        }
        return problem(ProblemType.MALFORMED_REQUEST, "the body is missing or is not a JSON object", instance,
                List.of());
    }

    /** Bean-validation constraints on a resource's parameters or DTOs: 422 naming every field that broke one. */
    private static Problem beanValidationProblem(ConstraintViolationException violations, String instance) {
        List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(clientField(violation.getPropertyPath()),
                        violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problem(ProblemType.INVALID_FIELD, errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ")), instance, errors);
    }

    /**
     * A bean-validation path as the client knows the field: {@code record.request.commitments[0].units} becomes
     * {@code commitments[0].units} (the method and the body parameter are the server's names); a violated
     * parameter itself is named as the client sends it ({@code limit}, not Dropwizard's {@code query param limit}).
     */
    private static String clientField(Path path) {
        List<Path.Node> nodes = StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD)
                .toList();
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes = nodes.subList(1, nodes.size());
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.append(PARAMETER_SOURCE.matcher(node.getName()).replaceFirst(""));
            } else if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /**
     * The problem for an HTTP error known by its status alone, as Jersey (no route, wrong method) or Jetty (URI
     * or headers too large, a request line it cannot parse, a client over the rate limit) raise them.
     */
    public static Problem forHttpStatus(int status, String instance) {
        for (ProblemType type : List.of(ProblemType.NOT_FOUND, ProblemType.METHOD_NOT_ALLOWED,
                ProblemType.NOT_ACCEPTABLE, ProblemType.PAYLOAD_TOO_LARGE, ProblemType.URI_TOO_LONG,
                ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.RATE_LIMITED, ProblemType.REQUEST_HEADERS_TOO_LARGE,
                ProblemType.SERVICE_UNAVAILABLE)) {
            if (type.status() == status) {
                return problem(type, type.title(), instance, List.of());
            }
        }
        return status < 500
                ? problem(ProblemType.MALFORMED_REQUEST, "the request could not be handled (HTTP " + status + ")",
                instance, List.of())
                : problem(ProblemType.INTERNAL_ERROR, UNEXPECTED, instance, List.of());
    }

    /** What a field refused by Jackson should have held, as precisely as the target type says. */
    private static String expectation(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (target == LocalDate.class) {
            return "must be an ISO-8601 date such as 2025-11-03";
        }
        if (target == Integer.class || target == Long.class || target == int.class || target == long.class) {
            return "must be a whole number";
        }
        return "has the wrong type or format";
    }

    /** The JSON path of a mapping error, as {@code commitments[0].units}. */
    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static Problem field(ProblemType type, String field, String message, String instance) {
        return problem(type, field + ": " + message, instance, List.of(new Problem.FieldError(field, message)));
    }

    private static Problem problem(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors, null);
    }
}

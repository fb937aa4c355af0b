package com.computeledger.adapters.web.platform.problem;

import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.LedgerCalendar;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The first tier of the catalogue: problems with a request's syntax, as Jackson and bean validation report them. */
final class RequestSyntaxProblems {

    /** How Dropwizard prefixes the name of an annotated resource parameter in a bean-validation path. */
    private static final Pattern PARAMETER_SOURCE =
            Pattern.compile("^(query param|path param|header|cookie|form field|matrix param) ");

    static Problem of(JsonProcessingException json, String instance) {
        if (json instanceof JsonMappingException mapping && mapping.getCause() instanceof InvariantViolationException invalid) {
            return ErrorCatalogue.field(ProblemType.INVALID_FIELD, invalid.field(), invalid.reason(), instance);
        }
        if (json instanceof StreamConstraintsException || json.getCause() instanceof StreamConstraintsException) {
            return ErrorCatalogue.problem(ProblemType.MALFORMED_REQUEST, "the body exceeds a size limit of the JSON parser",
                    instance, List.of());
        }
        if (json instanceof JsonParseException) {
            return ErrorCatalogue.problem(ProblemType.MALFORMED_REQUEST, "the body is not valid JSON", instance, List.of());
        }
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ErrorCatalogue.field(ProblemType.MALFORMED_REQUEST, path(mapping), expectation(mapping), instance);
        }
        return ErrorCatalogue.problem(ProblemType.MALFORMED_REQUEST, "the body is missing or is not a JSON object", instance,
                List.of());
    }

    /** Bean-validation constraints on a resource's parameters or DTOs: 422 naming every field that broke one. */
    static Problem of(ConstraintViolationException violations, String instance) {
        List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(clientField(violation.getPropertyPath()),
                        violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return ErrorCatalogue.problem(ProblemType.INVALID_FIELD, errors.stream().map(error -> error.field() + ": " + error.message())
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
            return LedgerCalendar.FORMAT_MESSAGE;
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

    private RequestSyntaxProblems() {
    }
}

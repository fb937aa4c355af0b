package com.computeledger.adapters.web.platform.problem;

import com.computeledger.application.deal.IdempotencyKeyReusedException;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.error.StaleVersionException;
import com.computeledger.application.error.StorageUnavailableException;
import com.computeledger.domain.deal.DealClosedException;
import com.computeledger.domain.deal.IllegalStatusTransitionException;
import com.computeledger.domain.reference.UnknownAcceleratorException;
import com.computeledger.domain.reference.UnknownOrganisationException;
import com.computeledger.domain.reference.UnknownProviderException;
import com.computeledger.domain.shared.InvariantViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;

/**
 * Turns every failure into a {@link Problem}: domain and application errors, the web adapter's own
 * request errors, Jackson's parse errors and Jersey's HTTP errors; the errors known by their class alone are
 * one table ({@code KNOWN}). Anything not listed is a 500 whose body says nothing about the cause (ADR 0005).
 *
 * <p>Validation happens in three tiers, and each tier's failures have their own entries:
 * <ol>
 *   <li>request syntax, in the web DTOs and Jackson ({@link RequestSyntaxProblems}): not JSON, a wrong type,
 *       an unknown field (400), a missing required field or a broken bean-validation constraint (422);</li>
 *   <li>invariants and write rules, in the value objects and {@code DealDetails.checkWriteRules}:
 *       {@link InvariantViolationException} (422, naming every broken field by its
 *       JSON path where the mapping knows it, as {@code commitments[0].fullCapacityBy});</li>
 *   <li>business rules, in aggregates and services: stale version (412), illegal status move or closed deal
 *       (409), unknown provider, accelerator or organisation (422; the deal resource locates an unknown
 *       accelerator as {@code commitments[1].acceleratorId}, an unknown organisation names its own field).</li>
 * </ol>
 */
public final class ErrorCatalogue {

    /** The detail of every 500: nothing about the cause, which only the server log shows. */
    private static final String UNEXPECTED = "an unexpected error occurred; it has been logged";

    /** The errors known by their exact class: the problem each one is and the field it names, declared once. */
    private static final Map<Class<?>, KnownError> KNOWN = Map.of(
            UnknownProviderException.class, new KnownError(ProblemType.UNKNOWN_REFERENCE, "providerId"),
            UnknownAcceleratorException.class, new KnownError(ProblemType.UNKNOWN_REFERENCE, "commitments.acceleratorId"),
            IdempotencyKeyReusedException.class, new KnownError(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key"),
            NotFoundException.class, new KnownError(ProblemType.NOT_FOUND, null),
            AlreadyExistsException.class, new KnownError(ProblemType.CONFLICT, null),
            StaleVersionException.class, new KnownError(ProblemType.STALE_VERSION, null),
            IllegalStatusTransitionException.class, new KnownError(ProblemType.ILLEGAL_STATUS_TRANSITION, null),
            DealClosedException.class, new KnownError(ProblemType.DEAL_CLOSED, null),
            StorageUnavailableException.class, new KnownError(ProblemType.SERVICE_UNAVAILABLE, null));

    private ErrorCatalogue() {
    }

    /** A problem type, and the request field the error is about when it names one ({@code null} otherwise). */
    private record KnownError(ProblemType type, String field) {
    }

    public static Problem problemFor(Throwable failure, String instance) {
        if (failure instanceof ProblemException problem) {
            return problem(problem.type(), problem.getMessage(), instance, problem.errors());
        }
        if (failure instanceof InvariantViolationException invalid) {
            return problem(ProblemType.INVALID_FIELD, invalid.getMessage(), instance, invalid.violations().stream()
                    .map(violation -> new Problem.FieldError(violation.field(), violation.reason())).toList());
        }
        if (failure instanceof UnknownOrganisationException unknown) {
            return field(ProblemType.UNKNOWN_REFERENCE, unknown.field(), unknown.getMessage(), instance);
        }
        KnownError error = KNOWN.get(failure.getClass());
        if (error != null) {
            return error.field() == null ? problem(error.type(), failure.getMessage(), instance, List.of())
                    : field(error.type(), error.field(), failure.getMessage(), instance);
        }
        if (failure instanceof JsonProcessingException json) {
            return RequestSyntaxProblems.of(json, instance);
        }
        if (failure instanceof ConstraintViolationException violations) {
            return RequestSyntaxProblems.of(violations, instance);
        }
        if (failure instanceof WebApplicationException web) {
            return forHttpStatus(web.getResponse().getStatus(), instance);
        }
        return problem(ProblemType.INTERNAL_ERROR, UNEXPECTED, instance, List.of());
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

    static Problem field(ProblemType type, String field, String message, String instance) {
        return problem(type, field + ": " + message, instance, List.of(new Problem.FieldError(field, message)));
    }

    static Problem problem(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors, null);
    }
}

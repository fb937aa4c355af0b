package com.computeledger.adapters.web.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem body, with two extension members: {@code errors} naming each invalid field, and
 * {@code requestId}, the id of the request in the logs (also the {@code X-Request-Id} response header).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String requestId) {

    /** The media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The same problem with a more precise {@code detail}. */
    public Problem withDetail(String precise) {
        return new Problem(type, title, status, precise, instance, errors, requestId);
    }

    /** The same problem, tagged with the id of the request it answers. */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }

    /** One invalid field: its path in the request (for example {@code commitments[0].units}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}

package com.computeledger.adapters.web.platform.problem;

import java.util.List;

/** Raised by the web adapter itself for request errors it detects or locates (bad parameter, missing If-Match). */
public final class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** A problem about one named query parameter or header. */
    public static ProblemException invalidParameter(String name, String message) {
        return about(ProblemType.INVALID_PARAMETER, name, message);
    }

    /** A problem about a reference, at {@code field} of the request, to something that is not registered. */
    public static ProblemException unknownReference(String field, String message) {
        return about(ProblemType.UNKNOWN_REFERENCE, field, message);
    }

    private static ProblemException about(ProblemType type, String field, String message) {
        return new ProblemException(type, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}

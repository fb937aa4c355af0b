package com.computeledger.adapters.web.platform.problem;

import com.computeledger.adapters.web.platform.http.RequestIdFilter;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception mappers of the API: every failure leaves as an {@code application/problem+json} body that
 * the {@link ErrorCatalogue} writes. Register {@link #all()}: Jersey picks the mapper of the closest exception
 * type, so a catch-all alone loses to the more specific mappers that Jersey brings along.
 */
public abstract sealed class ProblemExceptionMapper<E extends Throwable> implements ExceptionMapper<E> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionMapper.class);
    /** How long a client should wait before retrying a 503: about what a database restart takes. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @Context
    private UriInfo uriInfo;

    /** Every mapper the API registers. */
    public static List<ProblemExceptionMapper<?>> all() {
        return List.of(new AnyFailure(), new ConstraintViolations());
    }

    @Override
    public Response toResponse(E failure) {
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        Problem problem = ErrorCatalogue.problemFor(failure, instance).withRequestId(RequestIdFilter.current());
        if (problem.status() == ProblemType.SERVICE_UNAVAILABLE.status()) {
            LOG.warn("Unavailable on {}: {}", instance, Objects.toString(failure.getCause(), failure.getMessage()));
        } else if (problem.status() >= 500) {
            LOG.error("Unhandled failure on {}", instance, failure);
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (failure instanceof WebApplicationException web && web.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", web.getResponse().getHeaderString("Allow"));
        }
        if (problem.status() == ProblemType.SERVICE_UNAVAILABLE.status()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (problem.status() == ProblemType.UNAUTHORIZED.status()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"compute-ledger\"");
        }
        return response.build();
    }

    /** Any failure no more specific mapper claims. */
    static final class AnyFailure extends ProblemExceptionMapper<Throwable> {
    }

    /** Bean-validation failures, which Jersey's own validation mapper would answer with an empty 400. */
    static final class ConstraintViolations extends ProblemExceptionMapper<ConstraintViolationException> {
    }
}

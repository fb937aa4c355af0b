package com.computeledger.adapters.web.platform.problem;

import com.computeledger.adapters.web.platform.http.RequestIdFilter;
import com.computeledger.adapters.web.platform.http.SecurityHeadersFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — a request line or URI it cannot parse, headers too large — which happen before Jersey
 * sees the request, written as problem bodies too instead of Jetty's HTML page. Such a request was never
 * understood, so the problem names no {@code instance}; it gets a request id of its own.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private static final HttpField PROBLEM_CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);

    private final ObjectMapper mapper;

    public ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Every method gets a problem body; Jetty's default writes error bodies for GET, POST and HEAD only. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Object known = request.getAttribute(RequestIdFilter.KEY);
        String requestId = known instanceof String id ? id : RequestIdFilter.newId();
        response.write(true, problem(code, requestId, response.getHeaders()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return problem(status, RequestIdFilter.newId(), fields);
    }

    private ByteBuffer problem(int status, String requestId, HttpFields.Mutable fields) {
        // Jetty closes the connection after an error it answers itself (a message it could not parse, for one);
        // saying so keeps clients from sending their next request on it.
        fields.put(HttpHeader.CONNECTION, "close");
        return answer(ErrorCatalogue.forHttpStatus(status, null).withRequestId(requestId), fields, mapper);
    }

    /**
     * A problem answered in front of the servlet filters (here, or by the rate limit): the body, and the headers
     * the filters would have added — content type, request id, security headers.
     */
    public static ByteBuffer answer(Problem problem, HttpFields.Mutable fields, ObjectMapper mapper) {
        fields.put(PROBLEM_CONTENT_TYPE);
        fields.put(RequestIdFilter.HEADER, problem.requestId());
        SecurityHeadersFilter.apiHeaders().forEach(fields::put);
        try {
            return ByteBuffer.wrap(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("a problem body could not be written", unwritable);
        }
    }
}

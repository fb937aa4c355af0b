package com.computeledger.adapters.web.problem;

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
 * understood, so the problem names no {@code instance}.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private static final HttpField PROBLEM_CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);

    private final ObjectMapper mapper;

    public ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(PROBLEM_CONTENT_TYPE);
        response.write(true, body(code), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(PROBLEM_CONTENT_TYPE);
        return body(status);
    }

    private ByteBuffer body(int status) {
        try {
            return ByteBuffer.wrap(mapper.writeValueAsBytes(ErrorCatalogue.forHttpStatus(status, null)));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("a problem body could not be written", unwritable);
        }
    }
}

package com.computeledger.adapters.web.platform.http;

import com.computeledger.adapters.web.platform.problem.ErrorCatalogue;
import com.computeledger.adapters.web.platform.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads every request body, up to the limit, before anything else sees the request; refuses a larger one
 * with a 413 problem. A body whose {@code Content-Length} is over the limit is refused at once; a body of
 * unknown length (chunked) is refused as soon as it passes the limit, so a client cannot make the server
 * hold more than the limit in memory. Reading the whole body first also means that an early answer — a 401
 * from the key check, a 428 — never leaves an unread body behind, which would make Jetty close the
 * connection under a client still sending it (the client then sees a broken pipe, not the answer).
 */
public final class RequestBodyLimitFilter extends HttpFilter {

    private final long maxBytes;
    private final ObjectMapper mapper;

    public RequestBodyLimitFilter(long maxBytes, ObjectMapper mapper) {
        this.maxBytes = maxBytes;
        this.mapper = mapper;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
            return;
        }
        if (declared <= 0 && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem problem = ErrorCatalogue.forHttpStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        request.getRequestURI())
                .withRequestId(RequestIdFilter.current());
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader("Connection", "close"); // the unread rest of the body is not worth reading
        mapper.writeValue(response.getOutputStream(), problem.withDetail("the body is larger than " + maxBytes
                + " bytes"));
    }

    /** The request with its (bounded) body already read. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read; there is nothing to wait for");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

package com.computeledger.adapters.web.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a short token, otherwise a new
 * UUID. The id is echoed in the response header, put in the logging context as {@code requestId} (every log
 * line written while the request runs carries it, and so does the access log) and in every problem body.
 */
public final class RequestIdFilter extends HttpFilter {

    /** The request and response header. */
    public static final String HEADER = "X-Request-Id";

    /** The key of the id in the logging context (MDC) and among the request's attributes. */
    public static final String KEY = "requestId";

    /** What a caller's id may look like; anything else (too long, odd characters) is replaced, not trusted. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String offered = request.getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
        request.setAttribute(KEY, id);
        response.setHeader(HEADER, id);
        MDC.put(KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }

    /**
     * A new request id: a random (version 4) UUID drawn from {@link ThreadLocalRandom}. Request ids must be unique,
     * not secret; {@code UUID.randomUUID()} draws from one shared {@code SecureRandom} whose lock request threads
     * queued on under load (JFR, docs/benchmarks.md).
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    /** The id of the request being handled on this thread, when there is one. */
    public static String current() {
        return MDC.get(KEY);
    }
}

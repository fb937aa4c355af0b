package com.computeledger.adapters.web.platform.http;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.Callback;

/**
 * CORS for the API ({@code /api/...}) with Jetty's {@link CrossOriginHandler}: the given origins only, matched
 * exactly; the API's methods and request headers; the response headers a client reads. A preflight is
 * answered here, before the key check, and needs no key. No credentials: the key travels in a header.
 */
public final class ApiCrossOrigin extends CrossOriginHandler {

    public ApiCrossOrigin(List<String> origins) {
        setAllowedOriginPatterns(origins.stream().map(Pattern::quote).collect(Collectors.toSet()));
        setAllowedMethods(Set.of("GET", "HEAD", "POST", "PUT", "PATCH"));
        setAllowedHeaders(Set.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id"));
        setExposedHeaders(Set.of("ETag", "Location", "Link", "X-Request-Id", "Retry-After"));
        setPreflightMaxAge(Duration.ofMinutes(10));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (Request.getPathInContext(request).startsWith("/api/")) {
            return super.handle(request, response, callback);
        }
        Handler next = getHandler();
        return next != null && next.handle(request, response, callback);
    }
}

package com.computeledger.adapters.web.platform.http;

import com.computeledger.adapters.web.platform.problem.ErrorCatalogue;
import com.computeledger.adapters.web.platform.problem.Problem;
import com.computeledger.adapters.web.platform.problem.ProblemErrorHandler;
import com.computeledger.adapters.web.platform.security.AccessControl;
import com.computeledger.application.access.ApiKeyToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The API port's rate limit, built from Jetty's {@link DoSHandler} (a leaky bucket per client, idle buckets
 * dropped, at most {@code maxClients} at once): every request counts against its client address, and a request
 * with a key-shaped bearer token also against that key's id, so neither a shared key nor fresh made-up keys
 * escape a limit. Over it: 429 with {@code Retry-After} and the {@code rate-limited} problem (docs/adr/0013).
 */
public record RateLimit(int requestsPerSecond, int burst, int maxClients, ObjectMapper mapper) {

    /** The two limits in the order they apply: per client address, then per API key. */
    public List<DoSHandler> handlers() {
        DoSHandler perKey = limiter(RateLimit::keyId, "API key");
        perKey.include(request -> keyId(request) != null);
        return List.of(limiter(DoSHandler.ID_FROM_REMOTE_ADDRESS, "client address"), perKey);
    }

    /**
     * Whole seconds until a refused client may send again: a full bucket takes a request again after two drips
     * ({@code 2 / requestsPerSecond} seconds), however long it kept sending.
     */
    public int retryAfterSeconds() {
        return Math.max(1, (int) Math.ceil(2.0 / requestsPerSecond));
    }

    private DoSHandler limiter(Function<Request, String> client, String clientKind) {
        // The bucket refuses the request that fills it: one more place lets exactly `burst` requests through.
        DoSHandler.LeakingBucketTrackerFactory buckets =
                new DoSHandler.LeakingBucketTrackerFactory(requestsPerSecond, burst + 1, null);
        // Full table: refuse new clients rather than let them through unlimited.
        return new DoSHandler(null, client, buckets, (request, response, callback) ->
                refuse(request, response, callback, clientKind), maxClients, true);
    }

    /** The id of the API key in the request's bearer token, when it has the shape of one (not looked up). */
    static String keyId(Request request) {
        return AccessControl.bearerToken(request.getHeaders().get(HttpHeader.AUTHORIZATION))
                .flatMap(ApiKeyToken::parse).map(token -> token.id().value()).orElse(null);
    }

    /** Before the servlet filters, so the answer brings its own request id and security headers. */
    private boolean refuse(Request request, Response response, Callback callback, String clientKind) {
        Problem problem = ErrorCatalogue.forHttpStatus(HttpStatus.TOO_MANY_REQUESTS_429,
                        request.getHttpURI().getPath())
                .withDetail("more than " + requestsPerSecond + " requests a second (bursts of " + burst
                        + ") from this " + clientKind + "; retry after " + retryAfterSeconds() + " s")
                .withRequestId(RequestIdFilter.newId());
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfterSeconds()));
        response.write(true, ProblemErrorHandler.answer(problem, response.getHeaders(), mapper), callback);
        return true;
    }
}

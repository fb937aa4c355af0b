package com.computeledger.adapters.web.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The security headers of every response: no MIME sniffing, no framing, no referrer, and a content
 * security policy that lets the API's JSON run nothing, Swagger UI ({@code /docs}) load only its own
 * scripts, and the dashboard ({@code /} and {@code /dashboard}) load only its own scripts and styles and read
 * only its own origin. HSTS is sent on HTTPS requests only (behind a TLS-terminating proxy, the proxy should send it).
 */
public final class SecurityHeadersFilter extends HttpFilter {

    /** The API's answers are data: nothing in them may load or run anything. */
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Swagger UI: its own scripts and styles (it sets inline styles), its own images and the document. */
    private static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    /**
     * The dashboard: its own module scripts and style sheets, no inline script or style, no eval, its own images,
     * and reads of its own origin (the public API); no form posts anywhere, no {@code <base>} rewriting.
     */
    private static final String DASHBOARD_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The headers of an API answer; Jetty's own error answers, written before any filter runs, use them too. */
    public static Map<String, String> apiHeaders() {
        return headers(API_POLICY);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers(policyFor(request.getRequestURI())).forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }

    private static String policyFor(String path) {
        if (path.startsWith("/docs")) {
            return DOCS_POLICY;
        }
        return path.equals("/") || path.startsWith("/dashboard") ? DASHBOARD_POLICY : API_POLICY;
    }

    private static Map<String, String> headers(String contentSecurityPolicy) {
        return Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer",
                "Cross-Origin-Resource-Policy", "same-origin", "Content-Security-Policy", contentSecurityPolicy);
    }
}

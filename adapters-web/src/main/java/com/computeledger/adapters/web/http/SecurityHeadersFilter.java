package com.computeledger.adapters.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every response: no MIME sniffing, no framing, no referrer, and a content
 * security policy that lets the API's JSON run nothing and Swagger UI ({@code /docs}) load only its own
 * scripts. HSTS is sent on HTTPS requests only (behind a TLS-terminating proxy, the proxy should send it).
 */
public final class SecurityHeadersFilter implements Filter {

    /** The API's answers are data: nothing in them may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Swagger UI: its own scripts and styles (it sets inline styles), its own images and the document. */
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse headers = (HttpServletResponse) response;
        headers.setHeader("X-Content-Type-Options", "nosniff");
        headers.setHeader("X-Frame-Options", "DENY");
        headers.setHeader("Referrer-Policy", "no-referrer");
        headers.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        headers.setHeader("Content-Security-Policy",
                http.getRequestURI().startsWith("/docs") ? DOCS_POLICY : API_POLICY);
        if (request.isSecure()) {
            headers.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}

package com.computeledger.adapters.web.platform.problem;

import java.net.URI;

/**
 * The error catalogue: every problem the API can answer with, its HTTP status, its stable type URI
 * ({@code urn:compute-ledger:problem:<slug>}) and its title. docs/api.md lists the same table (ErrorCatalogueTest checks it).
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", 400, "The request is malformed"),
    INVALID_PARAMETER("invalid-parameter", 400, "A query parameter or header is invalid"),
    UNAUTHORIZED("unauthorized", 401, "A valid API key is required"),
    FORBIDDEN("forbidden", 403, "The API key's role does not allow this request"),
    NOT_FOUND("not-found", 404, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "The resource does not support this method"),
    NOT_ACCEPTABLE("not-acceptable", 406, "The resource cannot produce the requested media type"),
    CONFLICT("already-exists", 409, "The resource already exists"),
    ILLEGAL_STATUS_TRANSITION("illegal-status-transition", 409, "The deal's lifecycle does not allow this move"),
    DEAL_CLOSED("deal-closed", 409, "The deal is closed and can no longer be revised"),
    STALE_VERSION("stale-version", 412, "The deal changed since it was read"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    URI_TOO_LONG("uri-too-long", 414, "The request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "The request body must be application/json"),
    INVALID_FIELD("invalid-field", 422, "A field has an invalid value"),
    UNKNOWN_REFERENCE("unknown-reference", 422, "The request refers to something that is not registered"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "The Idempotency-Key was used for a different request"),
    PRECONDITION_REQUIRED("precondition-required", 428, "This change needs an If-Match header"),
    RATE_LIMITED("rate-limited", 429, "Too many requests from this client; retry after Retry-After seconds"),
    REQUEST_HEADERS_TOO_LARGE("request-headers-too-large", 431, "The request headers are too large"),
    INTERNAL_ERROR("internal-error", 500, "The server failed to handle the request"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "The service cannot take requests now; retry later or elsewhere");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create("urn:compute-ledger:problem:" + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}

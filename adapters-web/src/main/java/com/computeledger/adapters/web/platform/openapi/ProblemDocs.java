package com.computeledger.adapters.web.platform.openapi;

/**
 * What the responses other than success an operation declares ({@code @ApiResponse(responseCode = "404",
 * description = ProblemDocs.NOT_FOUND)}) say, worded once; {@link ProblemResponses} gives each error the problem body.
 */
public final class ProblemDocs {

    public static final String NOT_FOUND = "No resource has this id";
    public static final String NOT_JSON = "The body is not application/json";
    public static final String INVALID_BODY = "A field is invalid or refers to something unknown";
    public static final String ID_TAKEN = "The id is already taken";
    public static final String DEAL_CONFLICT = "The deal is closed, or its lifecycle does not allow the move";
    public static final String STALE_VERSION = "If-Match names a version that is no longer current";
    public static final String IF_MATCH_MISSING = "If-Match is missing";
    public static final String NOT_MODIFIED = "If-None-Match names the current ETag: no body, the ETag again";

    private ProblemDocs() {
    }
}

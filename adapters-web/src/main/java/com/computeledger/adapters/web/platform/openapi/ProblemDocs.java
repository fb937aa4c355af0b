package com.computeledger.adapters.web.platform.openapi;

/**
 * What the problem responses several operations declare ({@code @ApiResponse(responseCode = "409", description =
 * ProblemDocs.ID_TAKEN)}) say, worded once; {@link ProblemResponses} gives each the problem body and adds the
 * problems that follow from an operation's shape (404 with a path id, 415 and 422 with a body, ...).
 */
public final class ProblemDocs {

    public static final String ID_TAKEN = "The id is already taken";
    public static final String DEAL_CONFLICT = "The deal is closed, or its lifecycle does not allow the move";

    private ProblemDocs() {
    }
}

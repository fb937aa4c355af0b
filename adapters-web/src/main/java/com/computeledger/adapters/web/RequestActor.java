package com.computeledger.adapters.web;

import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.adapters.web.problem.ProblemException;

/** Who a request acts for, as the history records it: the {@code X-Actor} header, or "anonymous". */
public final class RequestActor {

    /** The header that names the actor. */
    public static final String HEADER = "X-Actor";

    private RequestActor() {
    }

    public static Actor from(String header) {
        if (header == null) {
            return Actor.ANONYMOUS;
        }
        try {
            return new Actor(header);
        } catch (InvariantViolationException invalid) {
            throw ProblemException.invalidParameter(HEADER, invalid.reason());
        }
    }
}

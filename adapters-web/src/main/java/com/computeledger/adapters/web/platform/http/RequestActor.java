package com.computeledger.adapters.web.platform.http;

import com.computeledger.adapters.web.platform.security.Caller;
import com.computeledger.domain.shared.Actor;
import jakarta.ws.rs.core.SecurityContext;

/** Who a request acts for, as the history records it: the name of the API key it carries, or "anonymous". */
public final class RequestActor {

    private RequestActor() {
    }

    public static Actor of(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller
                ? caller.key().actor() : Actor.ANONYMOUS;
    }
}

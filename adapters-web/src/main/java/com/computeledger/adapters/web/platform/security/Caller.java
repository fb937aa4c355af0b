package com.computeledger.adapters.web.platform.security;

import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.shared.Actor;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The holder of the API key a request was authenticated with, as the request's security principal. */
public record Caller(ApiKey key) implements Principal {

    /** Who a request acts for, as the history records it: the name of the API key it carries, or "anonymous". */
    public static Actor actorOf(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller
                ? caller.key().actor() : Actor.ANONYMOUS;
    }

    @Override
    public String getName() {
        return key.name();
    }
}

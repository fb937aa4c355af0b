package com.computeledger.adapters.web.platform.security;

import com.computeledger.domain.access.ApiKey;
import java.security.Principal;

/** The holder of the API key a request was authenticated with, as the request's security principal. */
public record Caller(ApiKey key) implements Principal {

    @Override
    public String getName() {
        return key.name();
    }
}

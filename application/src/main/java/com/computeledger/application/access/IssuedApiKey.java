package com.computeledger.application.access;

import com.computeledger.domain.access.ApiKey;

/** A key just issued, with the token its holder sends as {@code Authorization: Bearer <token>}; shown once. */
public record IssuedApiKey(ApiKey key, String token) {
}

package com.computeledger.application.access.port.in;

import com.computeledger.application.access.IssuedApiKey;
import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.ApiKeyId;
import com.computeledger.domain.access.Role;
import java.util.List;
import java.util.Optional;

/**
 * In-port: API keys — authenticate a bearer token, issue, list and revoke keys (docs/adr/0017).
 */
public interface ApiKeyUseCases {

    /** The key, when {@code token} is well-formed, names a stored key, carries its secret and the key is active. */
    Optional<ApiKey> authenticate(String token);

    /** Issues a key; its token is in the result only, never stored. Fails when the name is taken. */
    IssuedApiKey issue(String name, Role role);

    /**
     * The first key of a fresh installation (the demo start's): issued only when no key is active; empty when
     * one is, or when another instance took the name at the same moment.
     */
    Optional<IssuedApiKey> issueFirst(String name, Role role);

    /** Whether any key is active, that is: whether any write can be made at all. */
    boolean hasActiveKey();

    /** Revokes a key from now on; fails with {@code NotFoundException} when there is no such key. */
    ApiKey revoke(ApiKeyId id);

    /** Every key, active and revoked, oldest first. */
    List<ApiKey> list();
}

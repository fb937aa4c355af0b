package com.computeledger.application.access.port.out;

import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.ApiKeyId;
import java.util.List;
import java.util.Optional;

/** Out-port: the stored API keys (digests only, never secrets). */
public interface ApiKeyRepository {

    /** Stores a new key; fails with {@code AlreadyExistsException} when its id or its name is taken. */
    void insert(ApiKey key);

    Optional<ApiKey> findById(ApiKeyId id);

    /** Stores the revocation time of a key that exists. */
    void saveRevocation(ApiKey revoked);

    /** Every key, active and revoked, oldest first. */
    List<ApiKey> list();
}

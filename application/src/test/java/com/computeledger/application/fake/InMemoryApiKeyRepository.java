package com.computeledger.application.fake;

import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.ApiKeyId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API-key out-port in memory. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<ApiKeyId, ApiKey> keys = new LinkedHashMap<>();

    @Override
    public synchronized void insert(ApiKey key) {
        if (keys.containsKey(key.id())) {
            throw new AlreadyExistsException("API key", key.id());
        }
        if (keys.values().stream().anyMatch(stored -> stored.name().equals(key.name()))) {
            throw new AlreadyExistsException("API key named", key.name());
        }
        keys.put(key.id(), key);
    }

    @Override
    public synchronized Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public synchronized void saveRevocation(ApiKey revoked) {
        keys.replace(revoked.id(), revoked);
    }

    @Override
    public synchronized List<ApiKey> list() {
        return keys.values().stream()
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(key -> key.id().value())).toList();
    }
}

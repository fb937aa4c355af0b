package com.computeledger.application.access.service;

import com.computeledger.application.access.ApiKeyToken;
import com.computeledger.application.access.IssuedApiKey;
import com.computeledger.application.access.port.in.ApiKeyUseCases;
import com.computeledger.application.access.port.out.ApiKeyRepository;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.port.out.UnitOfWork;
import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.ApiKeyId;
import com.computeledger.domain.access.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Issues, revokes and checks API keys; secrets come from a strong random source and only their digests are stored. */
public final class ApiKeyService implements ApiKeyUseCases {

    private static final int SECRET_BYTES = 32;
    private static final int ID_BYTES = ApiKeyId.LENGTH / 2;

    private final ApiKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Random random;

    public ApiKeyService(ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock) {
        this(keys, unitOfWork, clock, new SecureRandom());
    }

    /** A service drawing ids and secrets from {@code random} (tests pass a seeded one). */
    ApiKeyService(ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock, Random random) {
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedApiKey issue(String name, Role role) {
        ApiKeyToken token = new ApiKeyToken(new ApiKeyId(HexFormat.of().formatHex(randomBytes(ID_BYTES))),
                Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES)));
        ApiKey key = ApiKey.issue(token.id(), name, role, token.secret(), clock.instant());
        return unitOfWork.inTransaction(() -> {
            keys.insert(key);
            return new IssuedApiKey(key, token.value());
        });
    }

    @Override
    public Optional<IssuedApiKey> issueFirst(String name, Role role) {
        if (hasActiveKey()) {
            return Optional.empty();
        }
        try {
            return Optional.of(issue(name, role));
        } catch (AlreadyExistsException anotherInstanceWasFirst) {
            return Optional.empty();
        }
    }

    @Override
    public boolean hasActiveKey() {
        return list().stream().anyMatch(ApiKey::isActive);
    }

    @Override
    public ApiKey revoke(ApiKeyId id) {
        return unitOfWork.inTransaction(() -> {
            ApiKey revoked = keys.findById(id).orElseThrow(() -> new NotFoundException("API key", id))
                    .revoke(clock.instant());
            keys.saveRevocation(revoked);
            return revoked;
        });
    }

    @Override
    public List<ApiKey> list() {
        return unitOfWork.inTransaction(keys::list);
    }

    @Override
    public Optional<ApiKey> authenticate(String token) {
        return ApiKeyToken.parse(token).flatMap(parsed -> unitOfWork.inTransaction(() -> keys.findById(parsed.id()))
                .filter(ApiKey::isActive)
                .filter(key -> key.acceptsSecret(parsed.secret())));
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}

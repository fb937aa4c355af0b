package com.computeledger.application.access.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.application.access.ApiKeyToken;
import com.computeledger.application.access.IssuedApiKey;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.application.fake.InMemoryApiKeyRepository;
import com.computeledger.application.fake.InMemoryUnitOfWork;
import com.computeledger.domain.access.ApiKeyId;
import com.computeledger.domain.access.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final ApiKeyService service = new ApiKeyService(keys, new InMemoryUnitOfWork(),
            Clock.fixed(NOW, ZoneOffset.UTC), new Random(42));

    @Test
    void anIssuedTokenAuthenticatesAsItsKeyAndIsNotStored() {
        IssuedApiKey issued = service.issue("alice", Role.EDITOR);

        assertThat(issued.token()).matches("cl_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(service.authenticate(issued.token())).contains(issued.key());
        assertThat(keys.list()).singleElement().satisfies(stored -> {
            assertThat(stored.role()).isEqualTo(Role.EDITOR);
            assertThat(stored.createdAt()).isEqualTo(NOW);
            assertThat(stored.toString()).doesNotContain(ApiKeyToken.parse(issued.token()).orElseThrow().secret());
        });
    }

    @Test
    void aWrongSecretAnUnknownIdOrAMalformedTokenAuthenticateNobody() {
        IssuedApiKey issued = service.issue("alice", Role.EDITOR);
        ApiKeyToken token = ApiKeyToken.parse(issued.token()).orElseThrow();
        String wrongSecret = new ApiKeyToken(token.id(), "A".repeat(43)).value();
        String unknownId = new ApiKeyToken(new ApiKeyId("ffffffffffffffff"), token.secret()).value();

        assertThat(service.authenticate(wrongSecret)).isEmpty();
        assertThat(service.authenticate(unknownId)).isEmpty();
        assertThat(service.authenticate(issued.token() + "x")).isEmpty();
        assertThat(service.authenticate("")).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();
    }

    @Test
    void aRevokedKeyAuthenticatesNobody() {
        IssuedApiKey issued = service.issue("alice", Role.EDITOR);

        assertThat(service.revoke(issued.key().id()).revokedAt()).contains(NOW);

        assertThat(service.authenticate(issued.token())).isEmpty();
        assertThat(service.list()).singleElement().satisfies(key -> assertThat(key.isActive()).isFalse());
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        assertThatThrownBy(() -> service.revoke(new ApiKeyId("ffffffffffffffff")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNameIsGivenToOneKey() {
        service.issue("alice", Role.EDITOR);

        assertThatThrownBy(() -> service.issue("alice", Role.ADMIN)).isInstanceOf(AlreadyExistsException.class);
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void theFirstKeyIsIssuedOnlyWhileNoKeyIsActive() {
        assertThat(service.hasActiveKey()).isFalse();

        IssuedApiKey first = service.issueFirst("demo", Role.ADMIN).orElseThrow();

        assertThat(service.hasActiveKey()).isTrue();
        assertThat(service.issueFirst("demo-2", Role.ADMIN)).isEmpty();
        assertThat(service.list()).containsExactly(first.key());
    }

    @Test
    void aFirstKeyWhoseNameIsTakenIsLeftToWhoeverTookIt() {
        service.revoke(service.issue("demo", Role.ADMIN).key().id());

        assertThat(service.issueFirst("demo", Role.ADMIN)).as("name held by a revoked key").isEmpty();
        assertThat(service.hasActiveKey()).isFalse();
    }

    @Test
    void theTokenDoesNotShowItsSecretWhenPrinted() {
        ApiKeyToken token = ApiKeyToken.parse(service.issue("alice", Role.EDITOR).token()).orElseThrow();

        assertThat(token.toString()).startsWith("cl_" + token.id().value()).doesNotContain(token.secret());
    }
}

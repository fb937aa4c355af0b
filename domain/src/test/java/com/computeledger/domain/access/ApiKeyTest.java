package com.computeledger.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computeledger.domain.shared.InvariantViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final ApiKeyId ID = new ApiKeyId("0123456789abcdef");

    @Test
    void storesADigestOfTheSecretNeverTheSecret() {
        ApiKey key = ApiKey.issue(ID, "alice", Role.EDITOR, "s3cret-s3cret", NOW);

        assertThat(key.secretDigest()).hasSize(64).doesNotContain("s3cret");
        assertThat(key.acceptsSecret("s3cret-s3cret")).isTrue();
        assertThat(key.acceptsSecret("s3cret-s3creT")).isFalse();
        assertThat(key.acceptsSecret("")).isFalse();
    }

    @Test
    void aRevokedKeyStaysRevokedSinceItsFirstRevocation() {
        ApiKey revoked = ApiKey.issue(ID, "alice", Role.EDITOR, "secret", NOW).revoke(NOW.plusSeconds(60));

        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revoke(NOW.plusSeconds(120)).revokedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void theKeyNameIsTheActorOfItsChanges() {
        assertThat(ApiKey.issue(ID, "ci-importer", Role.EDITOR, "secret", NOW).actor().name()).isEqualTo("ci-importer");
    }

    @Test
    void namesAndIdsHaveOneShape() {
        assertThatThrownBy(() -> ApiKey.issue(ID, "Alice Smith", Role.EDITOR, "secret", NOW))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new ApiKeyId("0123456789ABCDEF"))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("hex");
    }

    @Test
    void eachRoleIncludesTheOnesBeforeIt() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.READER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.READER.includes(Role.EDITOR)).isFalse();
    }

    @Test
    void rolesAreNamedInLowerCase() {
        assertThat(Role.named("editor", "role")).isEqualTo(Role.EDITOR);
        assertThatThrownBy(() -> Role.named("EDITOR", "role"))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("reader, editor, admin");
    }
}

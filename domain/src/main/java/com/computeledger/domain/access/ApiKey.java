package com.computeledger.domain.access;

import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Slug;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An API key as the ledger stores it: never the secret, only its SHA-256 digest (the secret is 256 random
 * bits, so a fast digest is as safe as a password hash and cheap to check on every request; docs/adr/0011).
 * Its name is the actor that a deal's history records for changes made with it.
 */
public record ApiKey(ApiKeyId id, String name, Role role, String secretDigest, Instant createdAt,
                     Optional<Instant> revokedAt) {

    private static final int DIGEST_HEX_LENGTH = 64;

    public ApiKey {
        Require.present(id, "id");
        name = Slug.require(name, "name");
        Require.present(role, "role");
        Require.present(secretDigest, "secretDigest");
        Require.that(secretDigest.length() == DIGEST_HEX_LENGTH, "secretDigest", "must be a SHA-256 digest in hex");
        Require.present(createdAt, "createdAt");
        Require.present(revokedAt, "revokedAt");
    }

    /** A new, active key for the secret {@code secret}. */
    public static ApiKey issue(ApiKeyId id, String name, Role role, String secret, Instant now) {
        return new ApiKey(id, name, role, digestOf(secret), now, Optional.empty());
    }

    /** The same key, revoked at {@code now}; a key revoked before stays revoked since then. */
    public ApiKey revoke(Instant now) {
        return revokedAt.isPresent() ? this : new ApiKey(id, name, role, secretDigest, createdAt, Optional.of(now));
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    /** Whether {@code secret} is this key's secret; compares in constant time. */
    public boolean acceptsSecret(String secret) {
        return MessageDigest.isEqual(digestOf(secret).getBytes(StandardCharsets.US_ASCII),
                secretDigest.getBytes(StandardCharsets.US_ASCII));
    }

    /** The actor that history records for changes made with this key. */
    public Actor actor() {
        return new Actor(name);
    }

    private static String digestOf(String secret) {
        Require.present(secret, "secret");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}

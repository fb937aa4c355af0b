package com.computeledger.application.access;

import com.computeledger.domain.access.ApiKeyId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token a client holds: {@code cl_<id>_<secret>}, the 16-hex-digit key id, then 43 base64url characters
 * (256 random bits). The id finds the stored key; the secret is checked against its digest. The prefix makes
 * leaked tokens easy to spot in logs and by secret scanners.
 */
public record ApiKeyToken(ApiKeyId id, String secret) {

    private static final String PREFIX = "cl_";
    private static final Pattern SHAPE = Pattern.compile(
            "cl_([0-9a-f]{" + ApiKeyId.LENGTH + "})_([A-Za-z0-9_-]{43})");

    /** The token a client sends. */
    public String value() {
        return PREFIX + id.value() + "_" + secret;
    }

    /** The token in {@code text}, when it has the shape above. */
    public static Optional<ApiKeyToken> parse(String text) {
        return Optional.ofNullable(text).map(SHAPE::matcher).filter(Matcher::matches)
                .map(token -> new ApiKeyToken(new ApiKeyId(token.group(1)), token.group(2)));
    }

    @Override
    public String toString() {
        return PREFIX + id.value() + "_…";
    }
}

package com.computeledger.domain.access;

import com.computeledger.domain.shared.Require;
import java.util.regex.Pattern;

/** The public part of an API key: 16 lower-case hex digits, shown in listings and used to revoke it. */
public record ApiKeyId(String value) {

    public static final int LENGTH = 16;

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    public ApiKeyId {
        Require.present(value, "id");
        Require.that(SHAPE.matcher(value).matches(), "id", "must be " + LENGTH + " lower-case hex digits");
    }

    @Override
    public String toString() {
        return value;
    }
}

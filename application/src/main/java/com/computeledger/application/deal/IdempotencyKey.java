package com.computeledger.application.deal;

import com.computeledger.domain.shared.Require;
import java.util.regex.Pattern;

/** A client's name for one create request, so that a retry of it creates nothing new (header {@code Idempotency-Key}). */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    public IdempotencyKey {
        Require.present(value, "Idempotency-Key");
        Require.that(VISIBLE_ASCII.matcher(value).matches(), "Idempotency-Key",
                "must be 1 to " + MAX_LENGTH + " visible ASCII characters, such as a UUID");
    }
}

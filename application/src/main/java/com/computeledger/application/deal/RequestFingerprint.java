package com.computeledger.application.deal;

import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.FieldChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of a create request's meaning (its deal details, field by field), so that a retry is
 * recognised whatever its JSON formatting, and the same key with other details is refused.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(DealDetails details) {
        StringBuilder canonical = new StringBuilder();
        for (FieldChange field : details.changesSince(Optional.empty())) {
            canonical.append(field.field()).append('=').append(field.after().orElse("")).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform provides SHA-256", missing);
        }
    }
}

package com.computeledger.application.deal;

import com.computeledger.domain.deal.DealDetails;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SHA-256 of a create request's meaning (its deal details, field by field), so that a retry is
 * recognised whatever its JSON formatting, and the same key with other details is refused.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(DealDetails details) {
        String canonical = details.changesSince(Optional.empty()).stream()
                .map(field -> field.field() + "=" + field.after().orElse("") + "\n").collect(Collectors.joining());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform provides SHA-256", missing);
        }
    }
}

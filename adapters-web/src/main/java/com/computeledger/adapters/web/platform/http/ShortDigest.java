package com.computeledger.adapters.web.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** A short, stable digest of a text (the first 72 bits of its SHA-256, base64url): for entity tags and fingerprints. */
public final class ShortDigest {

    private static final int BYTES = 9;

    /** Copied for each digest: a copy is cheaper than looking the algorithm up among the security providers. */
    private static final MessageDigest SHA_256 = sha256();

    private ShortDigest() {
    }

    public static String of(String text) {
        byte[] digest = copy().digest(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, BYTES));
    }

    private static MessageDigest copy() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException notCloneable) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}

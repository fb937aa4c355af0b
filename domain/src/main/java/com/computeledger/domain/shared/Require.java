package com.computeledger.domain.shared;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** Guard clauses for constructors and write rules; each failure is an {@link InvariantViolationException} naming the field. */
public final class Require {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\\t]]");

    /** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what a reader sees. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvariantViolationException(field, "is required");
        }
        return value;
    }

    /** A trimmed, non-blank single-line text of at most {@code maxLength} characters that every client can read. */
    public static String text(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        textProblem(trimmed, maxLength).ifPresent(reason -> {
            throw new InvariantViolationException(field, reason);
        });
        return trimmed;
    }

    /**
     * What is wrong with a trimmed text, if anything: blank, longer than {@code maxLength} characters, a control
     * character, an unpaired surrogate (no UTF-8 encoding exists for it) or a bidirectional control.
     */
    public static Optional<String> textProblem(String trimmed, int maxLength) {
        if (trimmed.isEmpty()) {
            return Optional.of("must not be blank");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(trimmed).find()) {
            return Optional.of("must not contain control characters");
        }
        if (trimmed.codePoints().anyMatch(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE)) {
            return Optional.of("must not contain unpaired surrogates (text must be valid Unicode)");
        }
        if (BIDI_CONTROLS.matcher(trimmed).find()) {
            return Optional.of("must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069)");
        }
        return Optional.empty();
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvariantViolationException(field, message);
        }
    }

    /** A collection without null entries (how many it may hold is a write rule of its owner). */
    public static <C extends Collection<?>> C noNulls(C values, String field) {
        present(values, field);
        for (Object value : values) {
            if (value == null) {
                throw new InvariantViolationException(field, "must not contain null entries");
            }
        }
        return values;
    }
}

package com.computeledger.domain.shared;

import java.util.Collection;
import java.util.regex.Pattern;

/** Guard clauses for compact constructors; each failure is an {@link InvariantViolationException} naming the field. */
public final class Require {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\\t]]");

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvariantViolationException(field, "is required");
        }
        return value;
    }

    /** A trimmed, non-blank single-line text of at most {@code maxLength} characters. */
    public static String text(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvariantViolationException(field, "must not be blank");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new InvariantViolationException(field, "must be at most " + maxLength + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(trimmed).find()) {
            throw new InvariantViolationException(field, "must not contain control characters");
        }
        return trimmed;
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvariantViolationException(field, message);
        }
    }

    public static <C extends Collection<?>> C atMost(C values, int max, String field) {
        present(values, field);
        if (values.size() > max) {
            throw new InvariantViolationException(field, "must hold at most " + max + " entries");
        }
        for (Object value : values) {
            if (value == null) {
                throw new InvariantViolationException(field, "must not contain null entries");
            }
        }
        return values;
    }
}

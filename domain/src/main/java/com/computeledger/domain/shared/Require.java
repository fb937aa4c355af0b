package com.computeledger.domain.shared;

import java.util.Collection;

/** Guard clauses for constructors and write rules; each failure is an {@link InvariantViolationException} naming the field. */
public final class Require {

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
        Violations violations = new Violations();
        violations.text(value, field, maxLength);
        violations.throwIfAny();
        return value.strip();
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

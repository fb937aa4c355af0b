package com.computeledger.domain.shared;

import com.computeledger.domain.shared.InvariantViolationException.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects every broken write rule of one object, then fails once naming them all: a client learns every
 * invalid field of a request in one answer. Rules that depend on fields that already failed are skipped by
 * their owner, so they may come in a second round.
 */
public final class Violations {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\\t]]");

    /** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what a reader sees. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private final List<FieldViolation> found = new ArrayList<>();

    /** Records {@code message} for {@code field} unless {@code condition} holds; returns the condition. */
    public boolean check(boolean condition, String field, String message) {
        if (!condition) {
            found.add(new FieldViolation(field, message));
        }
        return condition;
    }

    /**
     * A non-blank single-line text every client can read, once trimmed: at most {@code maxLength} characters, no
     * control character, no unpaired surrogate (no UTF-8 encoding exists for it), no bidirectional control.
     * Only the first problem is recorded; returns whether there was none.
     */
    public boolean text(String value, String field, int maxLength) {
        String text = value.strip();
        return check(!text.isEmpty(), field, "must not be blank")
                && check(text.codePointCount(0, text.length()) <= maxLength, field,
                "must be at most " + maxLength + " characters")
                && check(!CONTROL_CHARACTERS.matcher(text).find(), field, "must not contain control characters")
                && check(text.codePoints().noneMatch(point -> point >= Character.MIN_SURROGATE
                        && point <= Character.MAX_SURROGATE), field,
                "must not contain unpaired surrogates (text must be valid Unicode)")
                && check(!BIDI_CONTROLS.matcher(text).find(), field,
                "must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069)");
    }

    /** A date within {@link LedgerCalendar}'s range. */
    public boolean date(LocalDate date, String field) {
        return check(LedgerCalendar.contains(date), field, LedgerCalendar.RANGE_MESSAGE);
    }

    /**
     * Builds one part of an object, recording every violation it fails with instead of failing: the parts of a
     * request are all tried before the first failure is reported. Returns the part, or null when it failed.
     */
    public <T> T attempt(Supplier<T> part) {
        try {
            return part.get();
        } catch (InvariantViolationException invalid) {
            found.addAll(invalid.violations());
            return null;
        }
    }

    /** Fails with every violation found, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvariantViolationException(found);
        }
    }
}

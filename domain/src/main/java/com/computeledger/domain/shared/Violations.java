package com.computeledger.domain.shared;

import com.computeledger.domain.shared.InvariantViolationException.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken write rule of one object, then fails once naming them all: a client learns every
 * invalid field of a request in one answer. Rules that depend on fields that already failed are skipped by
 * their owner, so they may come in a second round.
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    /** Records {@code message} for {@code field} unless {@code condition} holds; returns the condition. */
    public boolean check(boolean condition, String field, String message) {
        if (!condition) {
            found.add(new FieldViolation(field, message));
        }
        return condition;
    }

    /** A non-blank single-line text every client can read, of at most {@code maxLength} characters. */
    public void text(String value, String field, int maxLength) {
        Require.textProblem(value.strip(), maxLength).ifPresent(reason -> found.add(new FieldViolation(field, reason)));
    }

    /** A date within {@link LedgerCalendar}'s range. */
    public boolean date(LocalDate date, String field) {
        return check(LedgerCalendar.contains(date), field, LedgerCalendar.RANGE_MESSAGE);
    }

    /** Fails with every violation found, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvariantViolationException(found);
        }
    }
}

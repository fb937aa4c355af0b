package com.computeledger.adapters.web.platform.json;

import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.InvariantViolationException.FieldViolation;
import java.math.BigDecimal;
import java.util.function.Supplier;

/** How request fields are read: decimal strings (money, gigawatts, parameters, CSV cells) and JSON paths on errors. */
public final class RequestFields {

    /** Longest decimal string accepted: far beyond any real amount, far below a slow parse. */
    public static final int MAX_LENGTH = 40;

    private RequestFields() {
    }

    /** Parses {@code text} as a plain decimal; absent, overlong or malformed text fails naming {@code field}. */
    public static BigDecimal decimal(String text, String field) {
        if (text == null) {
            throw new InvariantViolationException(field, "is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvariantViolationException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvariantViolationException(field, "'" + text + "' is not a decimal number");
        }
    }

    /** Runs {@code conversion}, reporting any invariant it breaks under {@code prefix} (for example {@code sources[1]}). */
    public static <T> T within(String prefix, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvariantViolationException invalid) {
            throw new InvariantViolationException(invalid.violations().stream()
                    .map(violation -> new FieldViolation(prefix + "." + violation.field(), violation.reason())).toList());
        }
    }
}

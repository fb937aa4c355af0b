package com.computeledger.adapters.web.platform.http;

import com.computeledger.adapters.web.platform.json.RequestFields;
import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.LedgerCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Parses query parameters from their text, so that a bad value is a 400 problem naming the parameter
 * (Jersey's own conversion would answer 404 without saying why).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A date parameter within the ledger's calendar ({@link LedgerCalendar}), or empty when absent. */
    public static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parsed(name, () -> LedgerCalendar.require(LocalDate.parse(text.strip()), name)));
        } catch (DateTimeParseException notADate) {
            throw ProblemException.invalidParameter(name, LedgerCalendar.FORMAT_MESSAGE);
        }
    }

    public static int integer(String name, String text, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw ProblemException.invalidParameter(name, "must be a whole number");
        }
    }

    /** A decimal parameter, read like a decimal string in a body ({@link RequestFields#decimal}). */
    public static Optional<BigDecimal> decimal(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parsed(name, () -> RequestFields.decimal(text, name)));
    }

    /** A decimal parameter read as a quantity ({@code Money::stated}, {@code Gigawatts::stated}); empty if absent. */
    public static <T> Optional<T> decimal(String name, String text, BiFunction<BigDecimal, String, T> stated) {
        return decimal(name, text).map(value -> parsed(name, () -> stated.apply(value, name)));
    }

    /** Runs {@code parse}, reporting a broken invariant as a 400 problem about parameter {@code name}. */
    public static <T> T parsed(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvariantViolationException invalid) {
            throw ProblemException.invalidParameter(name, invalid.reason());
        }
    }

    /**
     * The enum constant named by {@code text} (any letter case, '-' for '_'), or the default when absent; a wrong
     * value is refused listing the choices in lower case with '-', as the API writes these parameters' values.
     */
    public static <E extends Enum<E>> E choice(String name, String text, Class<E> type, E defaultValue) {
        return choice(name, text, type, defaultValue,
                constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** {@link #choice(String, String, Class, Enum)}, listing the choices as {@code spelling} writes them. */
    public static <E extends Enum<E>> E choice(String name, String text, Class<E> type, E defaultValue,
                                               Function<E, String> spelling) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidParameter(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(spelling).collect(Collectors.joining(", ")));
        }
    }
}

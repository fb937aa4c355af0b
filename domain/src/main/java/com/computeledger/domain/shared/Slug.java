package com.computeledger.domain.shared;

import java.util.regex.Pattern;

/** The shape shared by human-readable ids such as {@code aws} or {@code nvidia-gb200}. */
public final class Slug {

    /** Longest slug accepted. */
    public static final int MAX_LENGTH = 64;

    /** The shape as a regular expression (also what the API documents for every id parameter). */
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Slug() {
    }

    /** Returns {@code value} when it is a lower-case, hyphen-separated slug; otherwise fails naming {@code field}. */
    public static String require(String value, String field) {
        Require.present(value, field);
        Require.that(value.length() <= MAX_LENGTH, field, "must be at most " + MAX_LENGTH + " characters");
        Require.that(SHAPE.matcher(value).matches(), field,
                "must be a lower-case slug such as 'aws' or 'nvidia-gb200' (letters, digits, single hyphens)");
        return value;
    }
}

package com.computeledger.domain.shared;

/** The shape shared by human-readable ids such as {@code aws} or {@code nvidia-gb200}. */
public final class Slug {

    /** Longest slug accepted. */
    public static final int MAX_LENGTH = 64;

    /** The shape as a regular expression (also what the API documents for every id parameter). */
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private Slug() {
    }

    /** Returns {@code value} when it is a lower-case, hyphen-separated slug; otherwise fails naming {@code field}. */
    public static String require(String value, String field) {
        Require.present(value, field);
        Require.that(value.length() <= MAX_LENGTH, field, "must be at most " + MAX_LENGTH + " characters");
        Require.that(hasShape(value), field,
                "must be a lower-case slug such as 'aws' or 'nvidia-gb200' (letters, digits, single hyphens)");
        return value;
    }

    /**
     * Whether {@code value} matches {@link #PATTERN}, checked character by character: every read of a deal
     * rebuilds its provider and accelerator ids, and a regular expression cost a tenth of a page of 50.
     */
    static boolean hasShape(String value) {
        char previous = '-';
        for (int index = 0; index < value.length(); index++) {
            char c = value.charAt(index);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }
}

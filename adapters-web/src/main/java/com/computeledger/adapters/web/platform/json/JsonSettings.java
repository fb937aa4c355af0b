package com.computeledger.adapters.web.platform.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON rules of the API, applied to Dropwizard's object mapper and to the test mappers alike:
 * <ul>
 *   <li>unknown fields are refused (400 naming the field) rather than silently ignored;</li>
 *   <li>in requests, {@code null} and an absent field mean the same: "not given";</li>
 *   <li>a fraction where a whole number is expected ({@code "durationMonths": 84.5}) is refused, not
 *       truncated; nulls for primitives and trailing tokens are refused too;</li>
 *   <li>dates are ISO-8601 strings, and only strings: a number is not read as a count of days; instants and
 *       dates are written by {@link IsoTimeModule};</li>
 *   <li>numbers longer than 64 digits and strings longer than 100,000 characters are refused by the parser
 *       before they cost anything.</li>
 * </ul>
 */
public final class JsonSettings {

    /** Longest number literal the parser accepts. */
    public static final int MAX_NUMBER_LENGTH = 64;

    /** Longest string value the parser accepts. */
    public static final int MAX_STRING_LENGTH = 100_000;

    private JsonSettings() {
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        mapper.setDefaultLeniency(false);
        mapper.registerModule(new IsoTimeModule());
        return mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}

package com.computeledger.adapters.web.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON rules of the API, applied to Dropwizard's object mapper and to the test mappers alike:
 * unknown fields are refused (400 naming the field) rather than silently ignored; nulls for primitives and
 * trailing tokens are refused; dates are ISO-8601 strings; numbers longer than 64 digits and strings longer
 * than 100,000 characters are refused by the parser before they cost anything.
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
        return mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}

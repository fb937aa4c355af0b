package com.computeledger.adapters.web.platform.http;

import com.computeledger.application.error.NotFoundException;
import com.computeledger.domain.shared.InvariantViolationException;
import java.util.function.Function;

/** Reads the id in a resource path: a segment that is not a valid id names nothing, a 404 like an unknown id. */
public final class PathIds {

    private PathIds() {
    }

    /** The id {@code segment} holds, read by {@code parse}; a 404 problem for {@code resource} when it holds none. */
    public static <I> I parse(String resource, String segment, Function<String, I> parse) {
        try {
            return parse.apply(segment);
        } catch (InvariantViolationException notAnId) {
            throw new NotFoundException(resource, segment);
        }
    }
}

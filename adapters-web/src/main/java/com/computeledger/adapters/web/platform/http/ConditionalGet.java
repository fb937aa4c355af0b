package com.computeledger.adapters.web.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditional reads (RFC 9110, 13.1.2): a GET whose {@code If-None-Match} names the current entity tag (weakly
 * compared, or {@code *}) answers 304 Not Modified with the tag and no body; any other GET answers 200 with both.
 */
public final class ConditionalGet {

    /** The request header a client repeats the ETag it holds in. */
    public static final String IF_NONE_MATCH = "If-None-Match";

    /** How the API documents that header. */
    public static final String IF_NONE_MATCH_DESCRIPTION = "The ETag you hold: 304 when it is still current";

    /** The longest conditional header the API documents (a few entity tags). */
    public static final int TAG_LENGTH = 200;

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"([^\"]*)\"");

    private ConditionalGet() {
    }

    /** 304 when {@code ifNoneMatch} names {@code tag}, otherwise 200 with the representation {@code entity} gives. */
    public static Response.ResponseBuilder answer(EntityTag tag, String ifNoneMatch, Supplier<?> entity) {
        return names(ifNoneMatch, tag) ? Response.notModified(tag) : Response.ok(entity.get()).tag(tag);
    }

    /** 200 with {@code representation} tagged by its content, or 304 when {@code ifNoneMatch} names that tag. */
    public static Response byContent(Object representation, String ifNoneMatch) {
        return answer(contentTag(representation), ifNoneMatch, () -> representation).build();
    }

    /** A strong tag derived from a representation's content (a record prints every component it holds). */
    private static EntityTag contentTag(Object representation) {
        return new EntityTag(ShortDigest.of(representation.toString()));
    }

    private static boolean names(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        Matcher listed = ENTITY_TAG.matcher(ifNoneMatch);
        while (listed.find()) {
            if (listed.group(1).equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }
}

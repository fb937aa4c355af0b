package com.computeledger.adapters.web.deal;

import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.adapters.web.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Deal versions as HTTP entity tags: {@code ETag: "3"} on reads, {@code If-Match: "3"} required on changes. */
public final class Versions {

    private static final Pattern QUOTED = Pattern.compile("\"(.+)\"");

    /** A version number: positive, at most 18 digits (leading zeros allowed), so it always fits a long. */
    private static final Pattern VERSION = Pattern.compile("0*[1-9][0-9]{0,17}");

    private Versions() {
    }

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names; 428 when it is missing, 400 when it is not a version tag. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the deal as you read it, for example If-Match: \"1\"", List.of());
        }
        Matcher tag = QUOTED.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw ProblemException.invalidParameter("If-Match", "must be one quoted ETag such as \"1\"");
        }
        if (VERSION.matcher(tag.group(1)).matches()) {
            return Long.parseLong(tag.group(1));
        }
        throw ProblemException.invalidParameter("If-Match", "names no version of a deal");
    }
}

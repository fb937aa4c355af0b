package com.computeledger.adapters.web.deal;

import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.adapters.web.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;

/** Deal versions as HTTP entity tags: {@code ETag: "3"} on reads, {@code If-Match: "3"} required on changes. */
public final class Versions {

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
        String tag = ifMatch.strip();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw ProblemException.invalidParameter("If-Match", "must be one quoted ETag such as \"1\"");
        }
        try {
            long version = Long.parseLong(tag.substring(1, tag.length() - 1));
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException notAVersion) {
            // not a number: no version either
        }
        throw ProblemException.invalidParameter("If-Match", "names no version of a deal");
    }
}

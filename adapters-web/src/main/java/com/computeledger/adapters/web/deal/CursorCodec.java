package com.computeledger.adapters.web.deal;

import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealSort;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.shared.InvariantViolationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Cursors as clients see them: opaque base64url text. Clients must not build or read them; a cursor that
 * does not decode, or was issued for another sort, is a 400 problem.
 */
public final class CursorCodec {

    private static final String SEPARATOR = "\n";

    private CursorCodec() {
    }

    public static String encode(DealCursor cursor) {
        String plain = cursor.sort().name() + SEPARATOR + cursor.lastId() + SEPARATOR + cursor.lastKey();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static DealCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8)
                    .split(SEPARATOR, 3);
            return new DealCursor(DealSort.valueOf(parts[0]), parts[2], DealId.parse(parts[1]));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | InvariantViolationException malformed) {
            throw notIssuedByUs();
        }
    }

    private static ProblemException notIssuedByUs() {
        return ProblemException.invalidParameter("cursor", "is not a cursor this service issued");
    }
}

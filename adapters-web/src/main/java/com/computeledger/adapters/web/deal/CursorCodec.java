package com.computeledger.adapters.web.deal;

import com.computeledger.adapters.web.platform.http.ShortDigest;
import com.computeledger.adapters.web.platform.problem.ProblemException;
import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealSort;
import com.computeledger.domain.deal.Customer;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.shared.InvariantViolationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Cursors as clients see them: opaque base64url text, bound to the query of the page that issued them (sort and
 * filters, as a fingerprint). Clients must not build or read them; a cursor that does not decode, or is replayed
 * with another sort or other filters, is a 400 problem rather than a silent switch to another listing.
 */
public final class CursorCodec {

    private static final String SEPARATOR = "\n";

    private CursorCodec() {
    }

    /** The cursor continuing a listing filtered by {@code filter}. */
    public static String encode(DealCursor cursor, DealFilter filter) {
        String plain = String.join(SEPARATOR, cursor.sort().name(), fingerprint(filter), cursor.lastId().toString(),
                cursor.keyText());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code text} stands for, provided it was issued for a listing filtered by {@code filter}. */
    public static DealCursor decode(String text, DealFilter filter) {
        String[] parts;
        DealCursor cursor;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(SEPARATOR, 4);
            cursor = DealCursor.parse(DealSort.valueOf(parts[0]), parts[3], DealId.parse(parts[2]));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | InvariantViolationException malformed) {
            throw ProblemException.invalidParameter("cursor", "is not a cursor this service issued");
        }
        if (!parts[1].equals(fingerprint(filter))) {
            throw ProblemException.invalidParameter("cursor", "was issued for other filters; follow the next link "
                    + "as given, or start again without a cursor");
        }
        return cursor;
    }

    /** A short digest of the filter's canonical text: equal filters, however spelled in the query, give equal ones. */
    private static String fingerprint(DealFilter filter) {
        String canonical = String.join(SEPARATOR,
                filter.providerId().map(ProviderId::value).orElse(""),
                filter.customer().map(Customer::key).orElse(""),
                filter.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                filter.announcedFrom().map(Object::toString).orElse(""),
                filter.announcedTo().map(Object::toString).orElse(""));
        return ShortDigest.of(canonical);
    }
}

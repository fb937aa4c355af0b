package com.computeledger.application.deal;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Require;
import java.time.format.DateTimeParseException;

/**
 * Where the previous page ended: the sort it was issued for, the last deal's sort key (typed as the sort's field
 * is: a date, an instant or a customer key) and its id. Keyset pagination (no offsets) keeps pages stable under
 * concurrent inserts and cheap deep in the list. A key read back from a client is parsed once, by {@link #parse},
 * which refuses one that does not fit its sort (a tampered cursor) before it reaches storage.
 */
public record DealCursor(DealSort sort, Comparable<?> lastKey, DealId lastId) {

    public DealCursor {
        Require.present(sort, "sort");
        Require.present(lastKey, "cursor");
        Require.present(lastId, "cursor");
        Require.that(sort.field().holds(lastKey), "cursor", "is not a cursor this service issued");
    }

    /** The cursor continuing after the deal whose key {@link #keyText} wrote as {@code keyText}. */
    public static DealCursor parse(DealSort sort, String keyText, DealId lastId) {
        Require.present(sort, "sort");
        Require.present(keyText, "cursor");
        try {
            return new DealCursor(sort, sort.field().parse(keyText), lastId);
        } catch (DateTimeParseException | InvariantViolationException notIssuedByUs) {
            throw new InvariantViolationException("cursor", "is not a cursor this service issued");
        }
    }

    /** The cursor that continues after {@code deal} in {@code sort} order. */
    public static DealCursor after(Deal deal, DealSort sort) {
        return new DealCursor(sort, sort.field().keyOf(deal), deal.id());
    }

    /** The key as text, as a cursor carries it and {@link #parse} reads it back. */
    public String keyText() {
        return lastKey.toString();
    }
}

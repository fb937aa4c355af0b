package com.computeledger.application.deal;

import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Require;
import java.time.format.DateTimeParseException;

/**
 * Where the previous page ended: the sort it was issued for, the last deal's sort key and its id.
 * Keyset pagination (no offsets) keeps pages stable under concurrent inserts and cheap deep in the list.
 * A key that does not fit its sort (a tampered cursor) is refused here, before it reaches storage.
 */
public record DealCursor(DealSort sort, String lastKey, DealId lastId) {

    public DealCursor {
        Require.present(sort, "sort");
        Require.present(lastKey, "cursor");
        Require.present(lastId, "cursor");
        try {
            sort.field().parse(lastKey);
        } catch (DateTimeParseException | InvariantViolationException notIssuedByUs) {
            throw new InvariantViolationException("cursor", "is not a cursor this service issued");
        }
    }

    /** The cursor that continues after {@code deal} in {@code sort} order. */
    public static DealCursor after(Deal deal, DealSort sort) {
        return new DealCursor(sort, sort.field().keyText(deal), deal.id());
    }

    /** The cursor's key, typed as its sort field is. */
    public Comparable<?> typedKey() {
        return sort.field().parse(lastKey);
    }
}

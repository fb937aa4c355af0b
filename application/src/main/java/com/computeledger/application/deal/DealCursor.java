package com.computeledger.application.deal;

import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Require;
import java.time.Instant;
import java.time.LocalDate;
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
        requireKeyFitsSort(sort, lastKey);
    }

    private static void requireKeyFitsSort(DealSort sort, String key) {
        try {
            switch (sort) {
                case ANNOUNCED_ON_ASC, ANNOUNCED_ON_DESC -> LocalDate.parse(key);
                case RECORDED_AT_ASC, RECORDED_AT_DESC -> Instant.parse(key);
                case CUSTOMER_ASC, CUSTOMER_DESC -> Require.text(key, "cursor", 200);
            }
        } catch (DateTimeParseException | InvariantViolationException notIssuedByUs) {
            throw new InvariantViolationException("cursor", "is not a cursor this service issued");
        }
    }
}

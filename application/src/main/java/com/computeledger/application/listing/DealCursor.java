package com.computeledger.application.listing;

import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.shared.Require;

/**
 * Where the previous page ended: the sort it was issued for, the last deal's sort key and its id.
 * Keyset pagination (no offsets) keeps pages stable under concurrent inserts and cheap deep in the list.
 */
public record DealCursor(DealSort sort, String lastKey, DealId lastId) {

    public DealCursor {
        Require.present(sort, "sort");
        Require.present(lastKey, "cursor");
        Require.present(lastId, "cursor");
    }
}

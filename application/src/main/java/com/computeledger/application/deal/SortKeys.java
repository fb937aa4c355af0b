package com.computeledger.application.deal;

import com.computeledger.domain.deal.Deal;

/** The textual sort key of a deal under a given sort, as cursors carry it. */
public final class SortKeys {

    private SortKeys() {
    }

    public static String of(Deal deal, DealSort sort) {
        return switch (sort) {
            case ANNOUNCED_ON_ASC, ANNOUNCED_ON_DESC -> deal.details().announcedOn().toString();
            case RECORDED_AT_ASC, RECORDED_AT_DESC -> deal.recordedAt().toString();
            case CUSTOMER_ASC, CUSTOMER_DESC -> deal.details().customer().key();
        };
    }

    /** The cursor that continues after {@code deal}. */
    public static DealCursor cursorAfter(Deal deal, DealSort sort) {
        return new DealCursor(sort, of(deal, sort), deal.id());
    }
}

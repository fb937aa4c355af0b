package com.computeledger.domain.deal;

import com.computeledger.domain.shared.DomainException;

/** A status move the lifecycle forbids, such as {@code COMPLETED -> ACTIVE}. */
public final class IllegalStatusTransitionException extends DomainException {

    private final DealStatus from;
    private final DealStatus to;

    public IllegalStatusTransitionException(DealStatus from, DealStatus to) {
        super("a deal cannot move from " + from + " to " + to
                + (from.isOpen() ? "; allowed from " + from + ": " + from.allowedNext() : "; " + from + " is final"));
        this.from = from;
        this.to = to;
    }

    public DealStatus from() {
        return from;
    }

    public DealStatus to() {
        return to;
    }
}

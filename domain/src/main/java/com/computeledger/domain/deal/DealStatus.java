package com.computeledger.domain.deal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a deal is in its life: {@code ANNOUNCED -> ACTIVE -> COMPLETED}, and any open state may be
 * {@code CANCELLED}. {@code COMPLETED} and {@code CANCELLED} are closed: nothing leaves them.
 */
public enum DealStatus {
    ANNOUNCED,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    /** The states this one may move to. */
    public Set<DealStatus> allowedNext() {
        return switch (this) {
            case ANNOUNCED -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(DealStatus.class);
        };
    }

    public boolean canMoveTo(DealStatus target) {
        return allowedNext().contains(target);
    }

    public boolean isOpen() {
        return !allowedNext().isEmpty();
    }
}

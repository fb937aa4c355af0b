package com.computeledger.domain.deal;

import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Require;
import java.util.UUID;

/** Typed id of a deal: a UUID chosen by the ledger when the deal is recorded. */
public record DealId(UUID value) {

    public DealId {
        Require.present(value, "dealId");
    }

    /** Parses the textual form, failing with a domain error that names the field. */
    public static DealId parse(String text) {
        Require.present(text, "dealId");
        try {
            return new DealId(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvariantViolationException("dealId", "'" + text + "' is not a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

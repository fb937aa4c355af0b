package com.computeledger.domain.money;

import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Require;
import java.util.UUID;

/** Typed id of a money flow: a UUID chosen by the ledger when the flow is recorded. */
public record MoneyFlowId(UUID value) {

    public MoneyFlowId {
        Require.present(value, "moneyFlowId");
    }

    /** Parses the textual form, failing with a domain error that names the field. */
    public static MoneyFlowId parse(String text) {
        Require.present(text, "moneyFlowId");
        try {
            return new MoneyFlowId(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            throw new InvariantViolationException("moneyFlowId", "'" + text + "' is not a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

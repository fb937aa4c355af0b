package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import java.util.Optional;

/** One field's value before and after a change, in the readable form the history keeps. */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

    public FieldChange {
        Require.present(field, "field");
        Require.present(before, "before");
        Require.present(after, "after");
    }
}

package com.computeledger.domain.access;

import com.computeledger.domain.shared.InvariantViolationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an API key may do; each role includes the ones before it. */
public enum Role {
    /** Reads the ledger and its analyses (needed only where reads are not public). */
    READER,
    /** Also records, revises and moves deals. */
    EDITOR,
    /** Also registers providers and accelerators, the reference data every analysis depends on. */
    ADMIN;

    /** Whether a key with this role may do what {@code required} allows. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** The role named {@code name} in lower case, as the API and the command line spell it. */
    public static Role named(String name, String field) {
        return Arrays.stream(values()).filter(role -> role.lowerCase().equals(name)).findFirst()
                .orElseThrow(() -> new InvariantViolationException(field, "must be one of "
                        + Arrays.stream(values()).map(Role::lowerCase).collect(Collectors.joining(", "))));
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}

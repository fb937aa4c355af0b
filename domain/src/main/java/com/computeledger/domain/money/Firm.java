package com.computeledger.domain.money;

import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.shared.Require;

/**
 * A node of the money-flow graph: a registered organisation (its id is the organisation's), or a deal's customer or
 * provider that no organisation stands for, kept as a node of its own under its name ({@code organisation} false).
 */
public record Firm(String id, String name, boolean organisation) {

    public Firm {
        Require.present(id, "id");
        Require.present(name, "name");
    }

    public static Firm of(Organisation organisation) {
        return new Firm(organisation.id().value(), organisation.name(), true);
    }
}

package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Require;
import java.util.Locale;
import java.util.Set;

/**
 * One firm across all its roles (Amazon is an investor, a customer and, through AWS, a provider): the identity
 * money flows are recorded between. A deal's customer (free text) is this organisation when {@link #matches} it.
 */
public record Organisation(OrganisationId id, String name, Set<OrganisationRole> roles) {

    public static final int MAX_NAME_LENGTH = 200;

    public Organisation {
        Require.present(id, "id");
        name = Require.text(name, "name", MAX_NAME_LENGTH);
        roles = Set.copyOf(Require.noNulls(roles, "roles"));
        Require.that(!roles.isEmpty(), "roles", "must name at least one role");
    }

    /** Whether a deal's customer name means this organisation: its name or its id, ignoring case and outer spaces. */
    public boolean matches(String customerName) {
        String name = customerName.strip();
        return name.equalsIgnoreCase(this.name) || name.toLowerCase(Locale.ROOT).equals(id.value());
    }
}

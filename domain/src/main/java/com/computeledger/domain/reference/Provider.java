package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Require;
import java.util.Optional;

/**
 * A seller of compute (a cloud, a neocloud, a chip vendor, a decentralized network) and the organisation that owns
 * it (AWS is Amazon's), through which the money its customers pay reaches a firm (docs/adr/0026).
 */
public record Provider(ProviderId id, String name, ProviderKind kind, Optional<OrganisationId> owner) {

    public static final int MAX_NAME_LENGTH = 200;

    public Provider {
        Require.present(id, "id");
        name = Require.text(name, "name", MAX_NAME_LENGTH);
        Require.present(kind, "kind");
        Require.present(owner, "owner");
    }

    /** A provider whose owning organisation is not recorded. */
    public Provider(ProviderId id, String name, ProviderKind kind) {
        this(id, name, kind, Optional.empty());
    }
}

package com.computeledger.domain.reference;

import com.computeledger.domain.shared.Require;

/** A seller of compute (a cloud, a neocloud, a chip vendor, a decentralized network). */
public record Provider(ProviderId id, String name, ProviderKind kind) {

    public static final int MAX_NAME_LENGTH = 200;

    public Provider {
        Require.present(id, "id");
        name = Require.text(name, "name", MAX_NAME_LENGTH);
        Require.present(kind, "kind");
    }
}

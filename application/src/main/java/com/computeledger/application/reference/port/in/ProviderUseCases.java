package com.computeledger.application.reference.port.in;

import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import java.util.List;

/** In-port: registers and reads providers. */
public interface ProviderUseCases {

    /** Registers a new provider; fails with {@code AlreadyExistsException} when the id is taken. */
    Provider register(Provider provider);

    /** Every provider, ordered by id. */
    List<Provider> list();

    /** One provider; fails with {@code NotFoundException} when there is none. */
    Provider get(ProviderId id);

    /**
     * Registers an entry from a backup: true when it was stored, false when the same entry is registered already;
     * fails with {@code AlreadyExistsException} when its id is registered with other content (that one is kept).
     */
    boolean restore(Provider entry);
}

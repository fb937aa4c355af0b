package com.computeledger.application.port.in;

import com.computeledger.domain.provider.Provider;
import com.computeledger.domain.provider.ProviderId;
import java.util.List;

/** In-port: registers and reads providers. */
public interface ProviderUseCases {

    /** Registers a new provider; fails with {@code AlreadyExistsException} when the id is taken. */
    Provider register(Provider provider);

    /** Every provider, ordered by id. */
    List<Provider> list();

    /** One provider; fails with {@code NotFoundException} when there is none. */
    Provider get(ProviderId id);
}

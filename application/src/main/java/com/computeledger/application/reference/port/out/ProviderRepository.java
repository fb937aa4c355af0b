package com.computeledger.application.reference.port.out;

import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import java.util.List;
import java.util.Optional;

/** Out-port: stores and loads providers. */
public interface ProviderRepository {

    /** Stores a new provider; fails with {@code AlreadyExistsException} when its id is taken. */
    void insert(Provider provider);

    Optional<Provider> findById(ProviderId id);

    /** Every provider, ordered by id. */
    List<Provider> findAll();
}

package com.computeledger.adapters.persistence;

import com.computeledger.application.port.out.ProviderRepository;
import com.computeledger.domain.provider.Provider;
import com.computeledger.domain.provider.ProviderId;
import java.util.List;
import java.util.Optional;

/** The provider out-port on the {@code provider} table. */
final class JdbiProviderRepository implements ProviderRepository {

    private final JdbiUnitOfWork unitOfWork;

    JdbiProviderRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(Provider provider) {
        SqlErrors.insertNew("provider", provider.id(), () -> unitOfWork.withHandle(handle -> {
            handle.attach(ProviderDao.class).insert(provider.id().value(), provider.name(), provider.kind().name());
            ProviderTotals.addProvider(handle, provider.id().value());
            return null;
        }));
    }

    @Override
    public Optional<Provider> findById(ProviderId id) {
        return unitOfWork.withHandle(handle -> handle.attach(ProviderDao.class).findById(id.value()));
    }

    @Override
    public List<Provider> findAll() {
        return unitOfWork.withHandle(handle -> handle.attach(ProviderDao.class).findAll());
    }
}

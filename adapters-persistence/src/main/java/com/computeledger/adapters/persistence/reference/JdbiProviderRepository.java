package com.computeledger.adapters.persistence.reference;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import java.util.List;
import java.util.Optional;

/** The provider out-port on the {@code provider} table. */
public final class JdbiProviderRepository implements ProviderRepository {

    private final JdbiUnitOfWork unitOfWork;

    public JdbiProviderRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(Provider provider) {
        SqlErrors.insertNew("provider", provider.id(), () -> unitOfWork.withHandle(handle -> {
            handle.attach(ProviderDao.class).insert(provider);
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

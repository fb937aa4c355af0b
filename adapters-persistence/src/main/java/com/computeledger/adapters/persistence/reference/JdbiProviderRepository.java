package com.computeledger.adapters.persistence.reference;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.adapters.persistence.analytics.ProviderTotals;
import com.computeledger.application.reference.port.out.ProviderRepository;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The provider out-port on the {@code provider} table (plain JDBI statements, as {@code DealReads} explains). */
public final class JdbiProviderRepository implements ProviderRepository {

    private static final String SELECT = "select id, name, kind, owner_organisation_id from provider";

    private static final RowMapper<Provider> PROVIDER = (row, context) -> new Provider(
            new ProviderId(row.getString("id")), row.getString("name"), ProviderKind.valueOf(row.getString("kind")),
            Optional.ofNullable(row.getString("owner_organisation_id")).map(OrganisationId::new));

    private final JdbiUnitOfWork unitOfWork;

    public JdbiProviderRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(Provider provider) {
        SqlErrors.insertNew("provider", provider.id(), () -> unitOfWork.withHandle(handle -> {
            handle.createUpdate("insert into provider (id, name, kind, owner_organisation_id)"
                            + " values (:id, :name, :kind, :owner)")
                    .bind("id", provider.id().value()).bind("name", provider.name())
                    .bind("kind", provider.kind().name())
                    .bind("owner", provider.owner().map(OrganisationId::value).orElse(null)).execute();
            ProviderTotals.addProvider(handle, provider.id().value());
            return null;
        }));
    }

    @Override
    public Optional<Provider> findById(ProviderId id) {
        return unitOfWork.withHandle(handle -> handle.createQuery(SELECT + " where id = :id").bind("id", id.value())
                .map(PROVIDER).findOne());
    }

    @Override
    public List<Provider> findAll() {
        return unitOfWork.withHandle(handle -> handle.createQuery(SELECT + " order by id").map(PROVIDER).list());
    }
}

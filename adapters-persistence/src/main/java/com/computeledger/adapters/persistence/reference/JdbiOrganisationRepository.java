package com.computeledger.adapters.persistence.reference;

import com.computeledger.adapters.persistence.JdbiUnitOfWork;
import com.computeledger.adapters.persistence.SqlErrors;
import com.computeledger.application.reference.port.out.OrganisationRepository;
import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;
import com.computeledger.domain.reference.OrganisationRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The organisation out-port on the {@code organisation} and {@code organisation_role} tables (plain statements). */
public final class JdbiOrganisationRepository implements OrganisationRepository {

    private static final String SELECT = "select o.id, o.name, r.role from organisation o"
            + " join organisation_role r on r.organisation_id = o.id";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiOrganisationRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(Organisation organisation) {
        SqlErrors.insertNew("organisation", organisation.id(), () -> unitOfWork.withHandle(handle -> {
            handle.createUpdate("insert into organisation (id, name) values (:id, :name)")
                    .bind("id", organisation.id().value()).bind("name", organisation.name()).execute();
            for (OrganisationRole role : organisation.roles()) {
                handle.createUpdate("insert into organisation_role (organisation_id, role) values (:id, :role)")
                        .bind("id", organisation.id().value()).bind("role", role.name()).execute();
            }
            return null;
        }));
    }

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
        return unitOfWork.withHandle(handle -> read(handle, SELECT + " where o.id = :id", id.value()).stream()
                .findFirst());
    }

    @Override
    public List<Organisation> findAll() {
        return unitOfWork.withHandle(handle -> read(handle, SELECT, null));
    }

    /** The organisations {@code select} finds (those with {@code id}, when given), ordered by id, with their roles. */
    private static List<Organisation> read(Handle handle, String select, String id) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<OrganisationRole>> roles = new LinkedHashMap<>();
        Query query = handle.createQuery(select + " order by o.id, r.role");
        if (id != null) {
            query.bind("id", id);
        }
        query.map((row, context) -> {
            String organisation = row.getString("id");
            names.put(organisation, row.getString("name"));
            roles.computeIfAbsent(organisation, key -> EnumSet.noneOf(OrganisationRole.class))
                    .add(OrganisationRole.valueOf(row.getString("role")));
            return organisation;
        }).list();
        List<Organisation> found = new ArrayList<>();
        names.forEach((organisation, name) -> found.add(new Organisation(new OrganisationId(organisation), name,
                roles.get(organisation))));
        return found;
    }
}

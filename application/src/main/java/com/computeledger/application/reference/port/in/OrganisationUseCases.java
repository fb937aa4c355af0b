package com.computeledger.application.reference.port.in;

import com.computeledger.domain.reference.Organisation;
import com.computeledger.domain.reference.OrganisationId;
import java.util.List;

/** In-port: registers and reads organisations, the firms money flows between. */
public interface OrganisationUseCases {

    /** Registers a new organisation; fails with {@code AlreadyExistsException} when the id is taken. */
    Organisation register(Organisation organisation);

    /** Every organisation, ordered by id. */
    List<Organisation> list();

    /** One organisation; fails with {@code NotFoundException} when there is none. */
    Organisation get(OrganisationId id);

    /**
     * Registers an entry from a backup: true when it was stored, false when the same entry is registered already;
     * fails with {@code AlreadyExistsException} when its id is registered with other content (that one is kept).
     */
    boolean restore(Organisation entry);
}
